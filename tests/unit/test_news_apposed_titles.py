"""A person named after a title and a comma: at the end of a sentence as well as between commas,
and after a title's whole posting ("Attorney for the Eastern District of ...", "Director of the
... (FBI)"). A place that ends the posting is no person listed with them, and a portfolio listed
after a title is no name. People listed with a short aside in brackets (an alias, an age) are a
list all the same."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _people(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label == Label.PERSON}


def test_a_name_after_a_title_and_a_comma_at_the_end_of_a_sentence_is_a_person() -> None:
    assert "Odell Franks" in _people("Nine suspects were held overnight, said the police chief, Odell Franks.")


def test_a_name_after_a_titles_posting_is_a_person_and_the_postings_place_is_not() -> None:
    people = _people("The charges were unsealed by the US Attorney for the Western District of Texas, "
                     "Mara Delacroix, on Monday. The case was announced by the US Attorney for the "
                     "Western District of Texas, Mara Delacroix.")
    assert "Mara Delacroix" in people
    assert not any("Texas" in name for name in people)


def test_a_name_after_a_long_posting_with_an_acronym_in_brackets_is_a_person() -> None:
    people = _people("The Assistant Director in Charge of the Houston Division of the Federal Bureau of "
                     "Investigation (FBI), Lionel P. Achebe, said the network stole $40 million.")
    assert "Lionel P. Achebe" in people


def test_a_portfolio_listed_after_a_title_is_no_person() -> None:
    people = _people("The country's Minister of Foreign Affairs, Overseas Employment, and Tourism Ruwan Pathirage "
                     "asked Thailand for help.")
    assert not any("Overseas" in name or name.startswith("Tourism") for name in people)


def test_people_listed_with_aliases_or_ages_in_brackets_are_all_people() -> None:
    people = _people("The court charged three men identified as Kwame Osei (aka Big K), Yaw Mensah "
                     "(aka Papa), and Kofi Darko Asante (Darko) with wire fraud.")
    assert {"Kwame Osei", "Yaw Mensah", "Kofi Darko Asante"} <= people
    people = _people("Police arrested Pham Van Toan (32), Do Minh Quan (28) and Vu Thi Lan (25) on Monday.")
    assert {"Pham Van Toan", "Do Minh Quan", "Vu Thi Lan"} <= people


def test_head_is_a_title_before_a_name_or_a_comma() -> None:
    people = _people("The request went to the ministry's Second Asian Department head Irina Volkova. "
                     "FSU Head Ramon Dela Pena said 40 were caught. The Head of Government of the "
                     "State of Jalisco, Lucia Ferrando Ruiz, explained the case.")
    assert {"Irina Volkova", "Ramon Dela Pena", "Lucia Ferrando Ruiz"} <= people
    assert not any(name.startswith("Head") for name in people)


def test_a_name_apposed_to_a_mastermind_or_ringleader_is_a_person() -> None:
    people = _people("Police arrested the mastermind, Raghav Sethuraman (24), and the ringleader, "
                     "Teodoro Abalos, on Sunday.")
    assert {"Raghav Sethuraman", "Teodoro Abalos"} <= people


def test_a_capitalized_title_of_a_body_paired_by_and_leaves_the_body_whole() -> None:
    batch = run("The handover was attended by the Director of District Immigration and Population "
                "Department and two consuls.")
    assert "District Immigration and Population Department" in {
        n.name for n in batch.nodes.values() if n.label == Label.AGENCY}


def test_a_name_after_a_title_and_its_acronym_in_brackets_is_a_person() -> None:
    assert "Abena Serwaa Mensah" in _people("The statement was signed by Deputy Commissioner of Immigration "
                                            "(DCI) Abena Serwaa Mensah on Friday.")

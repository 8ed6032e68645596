"""A body named in full with its acronym in brackets is one body, and so is the acronym told after
it: "the Department of Justice (DoJ)" of a Philippine story is not also the American one the
gazetteer knows by that acronym. Where only the acronym is a known body of the story's country, the
full name (even misnamed) is that known body. Tests in made-up words."""

from scamgraph.loaders.news.bracketed_acronyms import _abbreviates
from tests.unit.test_news_extraction import run


def agencies(text: str) -> list[tuple[str, object]]:
    return sorted((n.name, n.properties.get("country")) for n in run(text).nodes.values() if n.label.value == "Agency")


def test_the_acronym_in_brackets_and_told_again_is_the_body_named() -> None:
    found = agencies("The Department of Migrant Workers said 20 Filipinos were repatriated. It said the Department "
                     "of Justice (DoJ) is helping. The DoJ filed charges against 3 recruiters on Monday.")
    assert found == [("Department of Justice", "PH"), ("Department of Migrant Workers", "PH")]


def test_a_misnamed_body_is_the_known_one_its_acronym_names() -> None:
    found = agencies("The Philippine Anti-Organized Crime Commission (PAOCC) said on Monday that 40 were held. "
                     "PAOCC spokesperson Ramon Dizon gave no names.")
    assert found == [("Presidential Anti-Organized Crime Commission", "PH")]


def test_a_countrys_own_body_keeps_its_country_beside_a_known_acronym() -> None:
    found = agencies("Kenya's Criminal Investigations Directorate (CID) arrested 63 people. CID spokesperson "
                     "Amina Odhiambo said so.")
    assert found == [("Kenyan Criminal Investigations Directorate", "KE")]


def test_letters_are_initials_from_the_first_word_or_past_a_country() -> None:
    assert _abbreviates("DoJ", "the Department of Justice")
    assert _abbreviates("DSI", "Department of Special Investigation")
    assert _abbreviates("BGF", "Myanmar Border Guard Forces")
    assert not _abbreviates("CCOS", "Secretariat of the Commission for Combating Online Scams")

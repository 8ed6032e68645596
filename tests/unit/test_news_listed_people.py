"""People listed together are people, whichever of them a cue marks: a list a people noun or a
role opens, and names listed before a person's full name. A people noun is no part of a name."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _people(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label == Label.PERSON}


def test_people_listed_after_a_role_word_are_people() -> None:
    people = _people("The accused, Marco Deline and Ruben Astrava, are in custody, while foreign nationals "
                     "Tao Tao and Felix Moor remain at large, officers said.")
    assert {"Marco Deline", "Ruben Astrava", "Tao Tao", "Felix Moor"} <= people


def test_names_listed_before_a_known_person_are_people() -> None:
    people = _people("A court issued warrants on Friday against Pelin Varo, Ostin Kraal, Jory Mell and "
                     "Chen Wei, the owners of the compound.")
    assert {"Pelin Varo", "Ostin Kraal", "Jory Mell", "Chen Wei"} <= people


def test_a_people_noun_opening_a_list_is_no_name() -> None:
    people = _people("Police detained Dao Thi Mai, 30, and Ha Thi Lien, 25, on Monday.\n"
                     "Suspects Mai, Lien and Dao Thi Hoa were held at the station.")
    assert not any(name.startswith("Suspects") for name in people)

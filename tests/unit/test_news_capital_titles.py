"""Titles written only in capitals are titles only in capitals: "3 pm" is a time and "dig" a verb.
The police ranks South Asian papers write as initials (SSP, DSP, DIG, IGP, SHO, ...) are titles."""

from scamgraph.loaders.nlp import pipeline
from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _people(text: str) -> dict[str, dict]:
    return {n.name: n.properties for n in run(text).nodes.values() if n.label == Label.PERSON}


def test_police_ranks_written_as_initials_are_titles_of_the_name_after_them() -> None:
    people = _people("Ludhiana SSP Karanveer Dhillon said 27 were held. Police spokesman DIG Nimal Perera "
                     "said the raid followed a tip-off.")
    assert people["Karanveer Dhillon"].get("role_class") == "police"
    assert people["Nimal Perera"].get("role_class") == "police"


def test_a_capitals_only_title_in_lower_case_is_no_title() -> None:
    doc = pipeline()("The raid began at 3 pm on Monday; officers had to dig through the rubble, the MP said.")
    roles = [e.text for e in doc.ents if e.label_ == "ROLE"]
    assert "pm" not in roles and "dig" not in roles
    assert "MP" in roles

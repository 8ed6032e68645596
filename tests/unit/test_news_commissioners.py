"""A commissioner is a police officer unless a body other than the police is named right before
the title ("BI Commissioner X": the head of the immigration bureau, a state official)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _role(text: str, name: str) -> tuple[str | None, str | None]:
    person = next(n for n in run(text).nodes.values() if n.label is Label.PERSON and n.name == name)
    return person.properties.get("role"), person.properties.get("role_class")


def test_the_commissioner_of_an_immigration_bureau_is_an_official() -> None:
    text = ("The Bureau of Immigration (BI) deported 27 Chinese workers on Friday. BI Commissioner Marco Salvante "
            "said more would follow.")
    assert _role(text, "Marco Salvante") == ("official", "official")


def test_a_police_commissioner_is_still_a_police_officer() -> None:
    text = "Police Commissioner Daniel Otieno said 14 Kenyans had been rescued from a compound in Myawaddy."
    assert _role(text, "Daniel Otieno") == ("police officer", "police")

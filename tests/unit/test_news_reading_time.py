"""A page's reading-time line ("4 Min Read") is page furniture: it names nobody."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _people(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label == Label.PERSON}


def test_a_reading_time_line_names_nobody() -> None:
    people = _people("Coast Desk\n4 Min Read\n\nPolice rescued 30 workers from a compound in Kampot on Monday, "
                     "spokesman Tola Sarin said.")
    assert not any("Read" in name for name in people)
    assert "Tola Sarin" in people

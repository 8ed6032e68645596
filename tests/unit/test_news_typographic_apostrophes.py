"""A gazetteer place whose name holds an apostrophe is found when the text sets it as a
typographer's quote (’) too, and is named as the gazetteer names it. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_place_written_with_a_curly_apostrophe_is_found() -> None:
    batch = run("Police freed 40 Kenyans from a casino in O’Smach on Monday.")
    assert "O'Smach" in names(batch, Label.LOCATION)


def test_the_straight_apostrophe_still_finds_it() -> None:
    batch = run("Police freed 40 Kenyans from a casino in O'Smach on Monday.")
    assert "O'Smach" in names(batch, Label.LOCATION)

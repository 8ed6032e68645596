"""A name before a lower-case crossing with "international" between them ("at Na Meo
international border gate") is a landmark, as it is without the adjective ("the Na Meo border
gate"), not a person who was handed over (audit 11: l28, where the gate was made a person the
citizens were repatriated to). A name holding a known town ("Tay Trang") keeps its own name."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_unknown_name_before_an_international_border_gate_is_a_place() -> None:
    batch = run("Border guards received 52 citizens at Na Meo international border gate on Monday.")
    assert "Na Meo" not in names(batch, Label.PERSON)
    assert any("Na Meo" in name for name in names(batch, Label.LOCATION))


def test_a_name_holding_a_town_before_an_international_border_gate_is_a_place() -> None:
    batch = run("Police handed over 69 citizens at Tay Trang international border gate on Tuesday.")
    assert "Tay Trang" not in names(batch, Label.PERSON)
    assert "Tay Trang" in names(batch, Label.LOCATION)

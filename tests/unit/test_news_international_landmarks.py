"""A name before a lower-case crossing with "international" between them ("at Na Meo
international border gate") is a landmark, as it is without the adjective ("the Na Meo border
gate"), not a person who was handed over (audit 11: l28, where a gate was made a person the
returned citizens were repatriated to)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_unknown_name_before_an_international_border_gate_is_a_place() -> None:
    batch = run("Guards received 23 workers at Na Meo international border gate last week.")
    assert "Na Meo" not in names(batch, Label.PERSON)
    assert any("Na Meo" in name for name in names(batch, Label.LOCATION))

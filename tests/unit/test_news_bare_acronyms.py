"""Bodies that reports name by their acronym alone, never spelled out ("NBI agents arrested",
"the EFCC said"): the gazetteer knows them with their country, so the acronym is the body (probes
of Philippine, Thai, Nigerian, Pakistani and Bangladeshi outlets, sessions 26 and 27; made-up places)."""

import pytest

from tests.unit.test_news_extraction import facts, run


@pytest.mark.parametrize(("acronym", "body"), [
    ("NBI", "National Bureau of Investigation"), ("CIDG", "Criminal Investigation and Detection Group"),
    ("DSI", "Department of Special Investigation"), ("EFCC", "Economic and Financial Crimes Commission"),
    ("FIA", "Federal Investigation Agency"), ("BGB", "Border Guard Bangladesh"), ("RAB", "Rapid Action Battalion")])
def test_a_bare_acronym_is_the_body_it_stands_for(acronym: str, body: str) -> None:
    found = facts(run(f"The {acronym} arrested 12 suspects in Lotus City on Monday."))
    assert any(r == "CONDUCTED" and s == body and t.startswith("arrest") for r, s, t, c in found), found

"""A lone diplomatic mission before "and" ("the Embassy and Interior Ministry") is a body of its
own, never a field of the next body's name (audit 15: p03, where a consulate and a foreign
ministry had become one ministry). Closed class: consulate, embassy and their plurals. Fields
after a head and "of" ("Department of Immigration and Emigration") still make one body. Made-up texts."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_embassy_and_a_ministry_are_not_one_ministry() -> None:
    batch = run("Police in Kuching said they had alerted the Embassy and Interior Ministry to help "
                "bring home 12 victims held in Laos.")
    assert not [name for name in names(batch, Label.AGENCY) if name.startswith("Embassy and")]


def test_a_field_before_and_still_makes_one_body() -> None:
    batch = run("Officials of the Department of Immigration and Emigration said 40 Lao nationals were sent home.")
    assert "Department of Immigration and Emigration" in names(batch, Label.AGENCY)

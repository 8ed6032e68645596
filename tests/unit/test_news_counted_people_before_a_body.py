"""A list of counted peoples that ends just before a body's name (audit 37p): "70 Vietnamese, 20 Nepalis
and four Indonesians, Cambodian government spokesman Pen Sokha said" keeps the four Indonesians as
rescued people and makes no "Indonesians government" of them; "US and UK authorities" still share
their head."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_the_last_counted_people_before_a_body_stay_people() -> None:
    batch = run("Cambodian police raided a warehouse in Kampot on Saturday and freed 81 foreigners. The freed workers "
                "included 60 Vietnamese, 18 Nepalis and three Indonesians, Cambodian government spokesman Touch "
                "Sokhak said on Sunday.")
    assert ("RESCUED", "raid@2026-10-10", "ID", 3) in facts(batch)
    assert not any("Indonesians" in name for name in names(batch, Label.AGENCY))


def test_coordinated_countries_still_share_a_head() -> None:
    batch = run("US and UK authorities sanctioned the network on Tuesday.")
    assert "UK authorities" in names(batch, Label.AGENCY)  # (a guard)

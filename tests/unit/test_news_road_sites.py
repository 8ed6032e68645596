"""A named road ("Veloran Road", "Jalan Merbau Sari") is a place below a town, and a building
told on it is a described site located on the road ("a compound on Veloran Road"); the road is
the site's address, so no event is said to happen at the road itself."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_compound_on_a_named_road_is_a_site_on_that_road() -> None:
    batch = run("Soldiers raided a compound on Veloran Road, Kessel Ward, Kampot, and detained 212 workers.")
    assert names(batch, Label.SITE) == {"compound on Veloran Road"}
    assert "Veloran Road" in names(batch, Label.LOCATION)
    told = facts(batch)
    assert ("LOCATED_IN", "compound on Veloran Road", "Veloran Road", None) in told
    assert ("OCCURRED_AT", "raid@", "compound on Veloran Road", None) in told


def test_a_malay_road_name_is_a_place_and_holds_the_site() -> None:
    batch = run("Officers raided an apartment on Jalan Merbau Sari in Kuala Lumpur and held 31 people.")
    assert "Jalan Merbau Sari" in names(batch, Label.LOCATION)
    assert names(batch, Label.SITE) == {"apartment on Jalan Merbau Sari"}
    assert ("LOCATED_IN", "Jalan Merbau Sari", "Kuala Lumpur", None) in facts(batch)


def test_no_event_happens_at_a_road() -> None:
    batch = run("Immigration officers raided two shops in Jalan Tasik Permai on Tuesday evening.")
    assert "Jalan Tasik Permai" in names(batch, Label.LOCATION)
    assert not [f for f in facts(batch) if f[0] == "OCCURRED_AT" and f[2] == "Jalan Tasik Permai"]


def test_a_name_ending_in_another_word_is_no_road() -> None:
    batch = run("Police raided the Orrin Roadhouse Hotel and arrested 12 people.")
    assert "Orrin Roadhouse Hotel" not in names(batch, Label.LOCATION)

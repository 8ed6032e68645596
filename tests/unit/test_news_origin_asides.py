"""The countries of an aside on a counted group's origins ("45 foreign staff, predominantly from
Ruritania and Freedonia,") are the group's nationalities, acted on as the group is, whatever the
sentence's verb. A title-case headline with a present-tense verb of a plural subject ("Sixty
Workers Flee Casino") names no site."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_the_countries_of_a_counted_group_s_origins_aside_are_its_nationalities() -> None:
    found = facts(run("Police detained 45 foreign staff, predominantly from Nepal and Pakistan, on Sunday."))
    assert {("DETAINED", "detention@2026-10-11", "NP", None), ("DETAINED", "detention@2026-10-11", "PK", None)} <= found
    batch = run("About 45 foreign staff, mostly from Nepal and Pakistan, got past the guards on Sunday.")
    assert {"Nepal", "Pakistan"} <= names(batch, Label.NATIONALITY)
    assert not {"Nepal", "Pakistan"} & names(batch, Label.LOCATION)


def test_a_headline_with_a_plural_subject_s_verb_names_no_site() -> None:
    batch = run("Sixty Foreign Workers Flee Cambodian Casino\n\nNearly 60 workers fled a casino on Sunday.")
    assert not [name for name in names(batch, Label.SITE) if "Flee" in name]

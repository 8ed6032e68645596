"""Events in generic sentences: which words tell one, which do not, and when it happened."""

from datetime import date

from scamgraph.loaders.dates import latest_written_date
from tests.unit.test_news_extraction import events, facts, run


def test_scam_operations_are_a_business_not_a_raid() -> None:
    batch = run("Five men managing the operation ran scam operations from the hotel, police said on Monday.")
    assert not [key for key in events(batch) if key.startswith("raid")]


def test_an_aside_after_a_count_does_not_hide_its_verb() -> None:
    batch = run("Around 1000 foreign nationals, mainly Chinese and Koreans, were detained by police on Monday.")
    assert events(batch)["detention@2026-10-12"]["count_detained"] == 1000
    assert {("DETAINED", "detention@2026-10-12", "CN", None), ("DETAINED", "detention@2026-10-12", "KR", None)} <= facts(batch)


def test_an_undated_article_completes_a_date_from_the_years_it_writes() -> None:
    text = "Police raided a compound on October 24. The owner had been sanctioned on 2 May 2024."
    assert latest_written_date(text) == date(2024, 5, 2)
    batch = run(text, published=None)
    assert "raid@2023-10-24" in events(batch)


def test_a_scam_named_beside_an_event_is_not_the_events_business() -> None:
    batch = run("Police arrested 40 people on Monday in a crackdown on online fraud.")
    assert not [f for f in facts(batch) if f[0] == "ENGAGED_IN"]


def test_the_weekend_before_publication_is_a_period() -> None:
    batch = run("Police raided two buildings in Poipet over the weekend.")  # published on a Thursday
    assert "raid@2026-10-10/2026-10-11" in events(batch)


def test_a_date_before_a_clause_word_is_not_the_clauses_event() -> None:
    batch = run("Officers raided two sites in Poipet over the weekend, after a three-month investigation.")
    found = events(batch)
    assert "raid@2026-10-10/2026-10-11" in found and "investigation@" in found


def test_every_place_of_a_list_is_where_the_event_happened() -> None:
    batch = run("On Monday police raided 58 sites in Phnom Penh and 16 provinces, including Kandal, Kampot and Takeo.")
    where = {f[2] for f in facts(batch) if f[0] == "OCCURRED_AT"}
    assert where == {"Phnom Penh", "Kandal", "Kampot", "Takeo"}


def test_a_date_inside_a_following_clause_belongs_to_that_clause() -> None:
    batch = run("Over 2,000 people were detained in raids, following the minister's directive on July 14.")
    assert not [key for key in events(batch) if key.endswith("-07-14")]

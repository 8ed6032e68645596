"""A headline that counts several acts of one kind at once ("Laos deports 145 foreigners in two
days" atop "deported 90 Chinese on Monday and 55 Thais on Tuesday") gives their sum, not the first
act's number: the first act keeps the number the story told of it (the headline's event had taken
the first act's day and, its number being the larger, replaced the act's count; audits of sessions
34 and 35)."""

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from tests.unit.test_news_extraction import PUBLISHED, events, facts


def _read(title: str, body: str):
    return extract(Article(text=f"{title}\n\n{body}", title=title, published=PUBLISHED))


def test_a_headline_total_of_two_days_leaves_each_day_its_own_count() -> None:
    batch = _read("Laos deports 145 foreigners in two days",
                  "Lao immigration officers deported 90 Chinese on Monday and 55 Thais on Tuesday.")
    assert events(batch)["deportation@2026-10-12"]["count_deported"] == 90
    assert events(batch)["deportation@2026-10-13"]["count_deported"] == 55


def test_a_headline_total_of_raids_on_several_days() -> None:
    batch = _read("Police detain 230 in raids on two scam hubs",
                  "Police raided a compound in Kandal on Sunday and detained 140 people. On Tuesday officers "
                  "raided a hotel in Takeo and detained 90 people.")
    assert events(batch)["raid@2026-10-11"]["count_detained"] == 140
    assert events(batch)["raid@2026-10-13"]["count_detained"] == 90


def test_a_headline_total_of_one_people_leaves_each_act_its_own_fact() -> None:
    batch = _read("Thailand hands over 310 Chinese to Chinese police",
                  "Thai police handed over 200 Chinese nationals at Mae Sot on Tuesday. Another 110 Chinese "
                  "nationals were handed over at the same checkpoint on Wednesday.")
    found = facts(batch)
    assert ("REPATRIATED", "repatriation@2026-10-13", "CN", 200) in found
    assert ("REPATRIATED", "repatriation@2026-10-14", "CN", 110) in found


def test_a_headline_number_of_one_act_stays_with_it() -> None:
    batch = _read("Cambodia deports 180 Chinese nationals",
                  "Cambodian immigration deported 180 Chinese nationals on Monday. On Tuesday it deported 70 "
                  "Vietnamese.")
    assert events(batch)["deportation@2026-10-12"]["count_deported"] == 180
    assert events(batch)["deportation@2026-10-13"]["count_deported"] == 70

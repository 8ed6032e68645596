"""A newspaper cited as a source is no person, even where the name finder took its name for one:
a "person" whose name holds a word of a newspaper's own name ("Daily", "Times", "Tribune",
"Herald", "Gazette", "Journal", "Chronicle", "Weekly") is an outlet (audit 38 page o08, audit 33
page j04). The people the story names beside it stay people."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_daily_cited_after_its_article_is_no_person() -> None:
    batch = run("Police in Port Sulen arrested nine Laotian nationals at a rented villa on Monday, the "
                "Daily Clarion said.")
    assert "Daily Clarion" not in names(batch, Label.PERSON)


def test_a_weekly_a_report_cites_is_no_person() -> None:
    batch = run("Some 40 workers were still held in the compound, a report by Weekly Lantern disclosed.")
    assert "Weekly Lantern" not in names(batch, Label.PERSON)


def test_the_person_who_spoke_to_the_daily_stays() -> None:
    batch = run("Police chief Anna Marsh said 12 suspects were arrested at the border on Friday, the Daily "
                "Clarion reported.")
    assert "Anna Marsh" in names(batch, Label.PERSON)
    assert "Daily Clarion" not in names(batch, Label.PERSON)


def test_a_name_once_before_the_word_newspaper_is_an_outlet_everywhere() -> None:
    batch = run("According to a report in Tuesday's Kyauk Lwin newspaper, soldiers detained 300 people at the "
                "Lotus Garden compound. Kyauk Lwin said the troops also seized 20 satellite dishes.\n")
    assert "Kyauk Lwin" not in names(batch, Label.PERSON)


def test_a_monitor_or_an_inquirer_cited_is_no_person() -> None:
    batch = run("Two Thai men held in a zone in Laos returned home on Wednesday, the Mekong Lantern Monitor has "
                "learned. The Harbour Inquirer reported that 22 more had returned.\n")
    assert not {"Mekong Lantern Monitor", "Harbour Inquirer"} & names(batch, Label.PERSON)

"""Audit 51, fixer sites: a dateline after a stored page's date stamp names no place of the story;
a seat of government called an ally is the state, not a place; a country bringing back a count of
citizens is the state (its people); an opening word of suspicion names no site (made-up towns;
real capitals and countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_dateline_after_a_date_stamp_is_no_place() -> None:
    """The city comes back only where the story names it again as a place."""
    for opening in ("date 2025-11-18 HANOI: ", "date 2025-11-18 Hanoi: ", "date 2025-11-18 HANOI (Nov 18): "):
        batch = run(opening + "Zemblan police raided a villa in Wrenmouth on Monday and arrested 31 Borduri nationals.")
        assert "Hanoi" not in names(batch, Label.LOCATION), opening
    batch = run("date 2025-11-18 HANOI: Police said on Tuesday that 31 workers were freed from a villa in Hanoi on Monday.")
    assert "Hanoi" in names(batch, Label.LOCATION)


def test_a_seat_called_an_ally_is_its_government() -> None:
    for text in ("Under pressure from key ally Hanoi, Zembla has raided some of the compounds on Monday.",
                 "Hanoi, a major ally, is pressing Zembla to close the compounds in Wrenmouth.",
                 "Police deported 20 men to Zembla, among Hanoi's most loyal allies anywhere."):
        assert "Hanoi" not in names(run(text), Label.LOCATION), text
    batch = run("Zembla's ally sent envoys to Hanoi, where 20 workers were freed from a villa on Monday.")
    assert "Hanoi" in names(batch, Label.LOCATION)
    listed = run("Police raided compounds in Hanoi, a major city, on Monday.")
    assert "Hanoi" in names(listed, Label.LOCATION)


def test_a_country_bringing_back_counted_citizens_is_the_state() -> None:
    for head in ("Peru brings back 23 citizens rescued from scam compounds in Wrenmouth",
                 "Peru Repatriates Over 2,300 Stranded Citizens in Four Months"):
        batch = run(head + "\n\nThe foreign ministry said on Tuesday that the Peruvians had landed in Lima.")
        assert "Peru" not in names(batch, Label.LOCATION), head
        assert "Peru" in names(batch, Label.NATIONALITY), head
    other = run("Chile returns 40 Peruvian citizens to Lima\n\nThe police said on Tuesday that 40 Peruvians were sent home.")
    assert "Chile" not in names(other, Label.NATIONALITY)  # (another country's people, not Chileans)


def test_an_opening_word_of_suspicion_names_no_site() -> None:
    batch = run("Suspected scam compound workers held while fleeing across the river\n\n"
                "Soldiers arrested 54 workers near Wrenmouth on Monday.")
    assert not names(batch, Label.SITE)
    assert "Suspected" not in names(run("Alleged fraud hub staff were arrested in Wrenmouth on Monday."), Label.SITE)

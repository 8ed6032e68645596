"""A sentence that opens on a phrase of time ("After the rescue, ...", "Upon investigation, ...") puts
the act of that phrase before its main clause: a day the main clause gives ("the ministry on Tuesday
urged ...", "they were found to have left on May 3") is not that act's day (grammar; article 25,
audit page l22)."""

from tests.unit.test_news_extraction import events, run


def test_the_main_clause_day_does_not_date_the_fronted_rescue() -> None:
    batch = run("Following the rescue, the ministry on Tuesday urged citizens to check job offers abroad.")
    assert not any(key.startswith("rescue@2026") for key in events(batch))


def test_a_day_in_the_phrase_itself_still_dates_it() -> None:
    batch = run("Police rescued 12 Kenyans in Myawaddy on Monday. After the rescue on Monday, they were taken to Mae Sot.")
    assert "rescue@2026-10-12" in events(batch)

"""An act told after "a day after" or "two days before", in a sentence dated by another act, was
that far from the day told: "The April 9 handover came a day after the minister visited Dien Bien"
dates the visit April 8. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def test_a_day_after_is_the_day_before_the_told_day() -> None:
    found = events(run("The April 9 handover came a day after Zarnovian Deputy Prime Minister Tran Van Long visited "
                       "Dien Bien."))
    assert {e["type"]: e.get("date") for e in found.values()} == {"repatriation": "2026-04-09", "visit": "2026-04-08"}


def test_two_days_before_is_two_days_later() -> None:
    found = events(run("The raid on March 3 came two days before Interior Minister Tran Van Long visited the border."))
    assert {e["type"]: e.get("date") for e in found.values()}.get("visit") == "2026-03-05"

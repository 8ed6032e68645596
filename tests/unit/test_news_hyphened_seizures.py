"""Goods described with a participle hyphened to its doer ("a fake sale of customs-seized vehicles")
were seized some time before: no seizure of the story. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def test_goods_seized_before_are_no_seizure() -> None:
    assert events(run("The victim lost money on a fake sale of customs-seized vehicles in June last year.")) == {}


def test_a_seizure_told_is_still_a_seizure() -> None:
    assert [e["type"] for e in events(run("Police seized 40 phones in Bavet on Monday.")).values()] == ["seizure"]

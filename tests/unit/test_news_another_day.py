"""A second group of people joined by "and another" / "while an additional", told with a day of its
own, is a second act, not more people of the first one (event-side audit h, session 8: h02, e09 and
article 65). Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def _counts(text: str) -> list[dict]:
    return [{k[len("count_"):]: v for k, v in props.items() if k.startswith("count_")}
            for props in events(run(text)).values()]


def test_a_second_group_on_its_own_day_adds_nobody_to_the_first() -> None:
    found = events(run("Immigration officers deported eight Chinese nationals in March and another 30 foreigners on April 4."))
    assert found["deportation@2026-03"]["count_deported"] == 8  # (the second group is an act of its own day)
    assert found["deportation@2026-04-04"]["count_deported"] == 30


def test_another_group_with_no_first_group_is_still_counted() -> None:
    found = _counts("Another 12 Laotians forced to work for scam gangs were brought home on Tuesday.")
    assert any(c.get("repatriated") == 12 for c in found)


def test_another_group_with_no_day_of_its_own_is_still_counted() -> None:
    found = _counts("Police arrested four Chinese nationals on Monday and another 15 Vietnamese.")
    assert any(c.get("arrested") == 15 for c in found)

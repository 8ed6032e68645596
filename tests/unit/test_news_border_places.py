"""A country named before its border ("near the <country> border") says which border an act
happened at, not that it happened inside that country: people stopped on one side of a frontier
were never taken across it, so the country gives the act no place."""

from tests.unit.test_news_extraction import facts, run


def _places(text: str) -> set[tuple[str, str]]:
    return {(f[1].split("@")[0], f[2]) for f in facts(run(text)) if f[0] == "OCCURRED_AT"}


def test_a_rescue_near_a_countrys_border_is_not_in_that_country() -> None:
    text = ("Border police rescued nine young men near the Laos border on Sunday before they could be "
            "taken to a scam compound.")
    assert ("rescue", "Laos") not in _places(text)


def test_an_arrest_at_a_countrys_frontier_is_not_in_that_country() -> None:
    text = "Soldiers arrested four smugglers at the Cambodia frontier on Friday."
    assert ("arrest", "Cambodia") not in _places(text)


def test_a_rescue_told_inside_a_country_keeps_it() -> None:
    text = "Police rescued nine young men in Laos on Sunday, officials said."
    assert ("rescue", "Laos") in _places(text)

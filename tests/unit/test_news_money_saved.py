""""Saved" keeps money as often as it rescues people: "the money she had saved for a house" counts no
one rescued, "saved another 30 victims" does (the forms of development texts 199 and 67)."""

from tests.unit.test_news_extraction import events, run


def _counts(text: str) -> dict[str, object]:
    return {k: v for e in events(run(text)).values() for k, v in e.items() if k.startswith("count_")}


def test_money_saved_counts_no_one_rescued() -> None:
    counts = _counts("Police arrested 40 suspects on Monday. One man lost all the money he had saved for a house.")
    assert "count_rescued" not in counts
    assert counts.get("count_arrested") == 40


def test_people_saved_are_rescued() -> None:
    assert _counts("Police saved 30 victims from a compound in Kep on Monday.").get("count_rescued") == 30

"""A compound adjective ending in "-handed" ("caught red-handed", "left empty-handed") hands nobody
over: the "handed" after its hyphen is no verb of sending people home, so a number after it counts
no repatriation. A plain "handed" before the people still does."""

from tests.unit.test_news_extraction import facts, run


def _repatriated(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "REPATRIATED"}


def test_caught_red_handed_is_no_handing_over() -> None:
    text = "Officers in Arica caught red-handed a band of 14 Bolivian nationals running betting sites.\n"
    assert ("BO", 14) not in _repatriated(text)


def test_a_plain_handing_over_still_counts() -> None:
    text = "Officers in Arica handed 14 Bolivian nationals to their consulate on Tuesday.\n"
    assert ("BO", 14) in _repatriated(text)

"""People freed by a force that stepped in to free them: a past verb of stepping in ("intervened",
"stepped in", "swooped") before an infinitive of the act tells an act done, even past a phrase of
place; and a holding told in a clause opened by "where" after the place they were freed from is
their captors' hold, never a detention of them by the state. Names, places and numbers invented."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(kind, end, count) for kind, _, end, count in facts(run(text)) if count is not None}


def test_intervened_past_a_place_to_rescue() -> None:
    found = _counted("Soldiers intervened in Koh Kong province near the Thai border to rescue nine Lao "
                     "teenagers from a farmhouse where they were being kept before a crossing.")
    assert ("RESCUED", "LA", 9) in found
    assert not {f for f in found if f[0] == "DETAINED"}


def test_stepped_in_to_free() -> None:
    found = _counted("Police stepped in to free 14 Vietnamese workers from a flat in Bavet on 3 May 2025.")
    assert ("RESCUED", "VN", 14) in found


def test_a_plan_to_rescue_counts_no_one_held() -> None:
    found = _counted("Police plan to rescue 14 Vietnamese workers from a flat where they are being held.")
    assert not found


def test_a_future_intervention_is_no_rescue() -> None:
    found = _counted("Soldiers will intervene to rescue 14 Vietnamese workers.")
    assert not found

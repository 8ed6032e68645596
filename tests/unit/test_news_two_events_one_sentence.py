"""Two events of one kind told in one sentence, each with its own people: the people counted
before a passive verb belong to that verb's event."""

from tests.unit.test_news_extraction import events, facts, run


def test_people_before_their_own_passive_verb_belong_to_its_event() -> None:
    batch = run("Police deported 45 Chinese on Monday; another 30 Vietnamese were deported on Tuesday.")
    found = facts(batch)
    assert ("DEPORTED", "deportation@2026-10-12", "CN", 45) in found
    assert ("DEPORTED", "deportation@2026-10-13", "VN", 30) in found
    assert events(batch)["deportation@2026-10-13"]["count_deported"] == 30


def test_one_passive_event_keeps_all_its_people() -> None:
    found = facts(run("On Monday 45 Chinese and 30 Vietnamese were deported from Poipet."))
    assert {("DEPORTED", "deportation@2026-10-12", "CN", 45), ("DEPORTED", "deportation@2026-10-12", "VN", 30)} <= found

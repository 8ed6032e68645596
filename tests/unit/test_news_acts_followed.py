""""The sanctions follow a wider push by X to ...": what the event follows is another act, and its
"by" names that act's doer, not the event's. "follow" opens another clause as "follows",
"followed" and "following" already did (69). A body named as the event's own agent still
conducted it."""

from tests.unit.test_news_extraction import facts, run


def _conductors(text: str) -> set[str]:
    return {fact[1] for fact in facts(run(text)) if fact[0] == "CONDUCTED"}


def test_the_doer_of_what_the_sanctions_follow_did_not_impose_them() -> None:
    found = _conductors("The Treasury sanctioned the Crimson Tide Group on Monday. The sanctions follow a "
                        "wider push by the Australian government to cut off scam networks.")
    assert "Australian government" not in found and found


def test_the_doer_of_what_the_raids_follow_did_not_raid() -> None:
    found = _conductors("Police raided a compound in Poipet on Monday. The raids follow a wider push by the "
                        "Cambodian government to close scam compounds.")
    assert "Cambodian government" not in found


def test_the_agent_of_the_sanctions_imposed_them() -> None:
    found = _conductors("The sanctions were imposed by the Australian government on Monday.")
    assert found == {"Australian government"}

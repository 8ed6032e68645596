"""People held captive and "freed by soldiers and returned to Peru" came home too (the verb
after the agent is a second act of theirs); "apprehending four suspects" in an "-ing" clause is an
arrest of four."""

from tests.unit.test_news_extraction import events, facts, run


def test_rescued_by_an_agent_and_returned() -> None:
    text = "Seven Peruvian workers held captive in Lotland were freed by soldiers and returned to Peru.\n"
    counted = {(f[0], f[2], f[3]) for f in facts(run(text))}
    assert {("RESCUED", "PE", 7), ("REPATRIATED", "PE", 7)} <= counted


def test_apprehending_suspects_in_an_ing_clause() -> None:
    text = "Police rescued seven Indians, dismantling a trafficking network and apprehending four suspects in Lotown.\n"
    assert any(props.get("count_arrested") == 4 for props in events(run(text)).values())


def test_descending_on_a_place_is_the_raid_told() -> None:
    text = ("Lotland's military said Wednesday it raided a scam hub, arresting nearly 350 people. The military "
            "descended on Shwe Kokko on Tuesday morning.\n")
    found = run(text)
    assert list(events(found)) == ["raid@2026-10-13"]
    assert ("OCCURRED_AT", "raid@2026-10-13", "Shwe Kokko") in {f[:3] for f in facts(found)}

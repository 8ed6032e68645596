"""A number after a copula and "among" ("the 14 rescued people were among about 60 lured")
counts the larger group the people told before belong to: it is no part of them, so it is
neither added to them nor given their act (audit 11: l09, where the rescue got 50 and, with the
nationality told just before, the rescued became 19 + 50). "Among the 40 rescued were 12 X",
opening a breakdown, and "including" lists still read as parts."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_whole_after_were_among_is_not_added_to_the_people_told() -> None:
    batch = run("Lao police rescued 14 Vietnamese on Friday. The 14 rescued people were among about 60 lured "
                "to work at a casino.")
    rescued = {count for rel, _event, code, count in facts(batch) if rel == "RESCUED" and code == "VN"}
    assert rescued == {14}
    assert all(props.get("count_rescued", 14) == 14 for props in events(batch).values())


def test_a_breakdown_opened_by_among_still_counts() -> None:
    batch = run("Among the 40 rescued were 12 Kenyans.")
    assert ("RESCUED", "rescue@", "KE", 12) in facts(batch)

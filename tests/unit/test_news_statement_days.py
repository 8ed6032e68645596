"""The day of a statement is the telling's, not the act's: "according to a statement published
on Tuesday", "said in a statement issued on Monday", and a day restated in brackets after the
weekday of a telling ("the ministry said on Tuesday (Sep 30)") date no raid. Made-up names
(probes of forms seen in real reporting, session 26: an Egyptian raid took the statement's day)."""

from tests.unit.test_news_extraction import events, run

RAID = "Eight suspects were detained in a raid on a flat in Lotus City"


def test_a_statements_day_dates_no_act() -> None:
    for telling in (", according to a short statement published on Tuesday by the Interior Ministry.",
                    ", the ministry said in a statement issued on Tuesday.",
                    ", the ministry said on Tuesday (Oct 13).",
                    ", according to a short statement published on Tuesday (Oct 13) by the Interior Ministry."):
        assert [k for k in events(run(RAID + telling)) if k.startswith("raid")] == ["raid@"], telling


def test_the_acts_own_day_still_dates_it() -> None:
    assert [k for k in events(run(RAID + " on Tuesday, the ministry said.")) if k.startswith("raid")] == ["raid@2026-10-13"]


def test_a_communiques_or_a_posts_day_dates_no_act() -> None:
    # (probes of Kenyan and South African outlets, session 26)
    for telling in ("In a communique dated October 12, the ministry said 42 Kenyans had been rescued.",
                    "In a post on X on October 12, the ministry said 42 Kenyans had been rescued.",
                    "In a letter dated October 12, the ministry said 42 Kenyans had been rescued."):
        assert [k for k in events(run(telling)) if k.startswith("rescue")] == ["rescue@"], telling

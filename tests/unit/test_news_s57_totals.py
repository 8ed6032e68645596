"""Running totals beside the day's act, and dated batches (session 57; made-up names, places and
numbers). "The 45 freed on Monday are among 600 freed since January": the total written with its
"since" is an act over that span, never the day's count; "Of the 2,300 expelled this year, 300 were
flown out on Thursday": the span the total holds dates no part told with its own day. "38 were flown
home on July 4 and 95 on July 11", "..., followed by 180 on Sept. 9", "21 on 5 August, 18 on 12
August": each bare number with a day of its own right after it is a batch on that day."""

from tests.unit.test_news_extraction import facts, run


def test_a_total_since_a_day_is_not_the_days_act() -> None:
    found = facts(run("The Velmar Marine Police said the 45 Indonesian nationals rescued on Monday are among more "
                      "than 600 rescued since January."))
    assert ("RESCUED", "rescue@2026-10-12", "ID", 45) in found, found
    assert ("RESCUED", "rescue@2026-01-01/2026-10-15", "ID", 600) in found, found
    assert not any(s == "rescue@2026-10-12" and c == 600 for _r, s, _t, c in found), found
    found = facts(run("Some 52 Thai workers freed from a compound in Pellmoor on Saturday were among 410 Thais "
                      "rescued there since March, the Orlen embassy said."))
    assert ("RESCUED", "rescue@2026-10-10", "TH", 52) in found, found
    assert not any(s == "rescue@2026-10-10" and c == 410 for _r, s, _t, c in found), found


def test_a_total_told_after_the_days_act_keeps_its_span() -> None:
    found = facts(run("In the latest handover, 75 Vietnamese were received at the Varnok border gate on Tuesday; "
                      "more than 900 have returned since May."))
    assert ("REPATRIATED", "repatriation@2026-10-13", "VN", 75) in found, found
    assert not any(s == "repatriation@2026-10-13" and c == 900 for _r, s, _t, c in found), found


def test_the_span_a_total_holds_dates_no_part_with_its_own_day() -> None:
    found = facts(run("Of the 2,300 Chinese nationals deported this year, 300 were flown out on Thursday, the "
                      "Dorvale immigration bureau said."))
    assert not any(c == 300 and s.endswith("@2026") for _r, s, _t, c in found), found
    assert any(c == 300 and s.endswith("@2026-10-15") for _r, s, _t, c in found), found
    # (guard, as before: "140 of them on Thursday" after the total is that day's batch)
    found = facts(run("A total of 2,870 Chinese have been deported since January, 140 of them on Thursday."))
    assert not any(s == "deportation@2026-10-15" and c == 2870 for _r, s, _t, c in found), found


def test_a_week_of_one_operation_is_no_running_total() -> None:
    """(guard: passes on the old code too) "95 people this week during raids" is the raids' count."""
    found = facts(run("Orlen police apprehended 95 Chinese this week during raids on a scam operation in Dorvale."))
    assert ("ARRESTED", "raid@2026-10-12/2026-10-15", "CN", 95) in found, found


def test_a_bare_number_with_its_own_day_is_a_further_batch() -> None:
    found = facts(run("The Velmar Foreign Ministry said 38 Vietnamese nationals were flown home on July 4 and 95 "
                      "on July 11."))
    assert ("REPATRIATED", "repatriation@2026-07-04", "VN", 38) in found, found
    assert ("REPATRIATED", "repatriation@2026-07-11", "VN", 95) in found, found
    found = facts(run("The Orlen embassy said 21 Malaysians were repatriated on 5 August, 18 on 12 August and 30 "
                      "on 19 August."))
    assert {("REPATRIATED", "repatriation@2026-08-05", "MY", 21), ("REPATRIATED", "repatriation@2026-08-12", "MY", 18),
            ("REPATRIATED", "repatriation@2026-08-19", "MY", 30)} <= found, found
    found = facts(run("Dorvale police said 210 Chinese were deported on Sept. 2, followed by 180 on Sept. 9."))
    assert ("DEPORTED", "deportation@2026-09-09", "CN", 180) in found, found
    assert ("DEPORTED", "deportation@2026-09-02", "CN", 210) in found, found

"""A count told in the present perfect with "now" or "in all" ("A total of 900 Ethiopians have now
been repatriated", "In all, 2,100 have been detained") is a tally over time: it never replaces the
count of the day's act told before it. A count "since" a day stays a campaign's (an event of its
own); one told of a raid in the present perfect stays that raid's. Made-up sentences (a probe of
forms seen on 6 of 75 real pages)."""

from tests.unit.test_news_extraction import facts, run


def _counts(text: str, rel: str) -> set[object]:
    return {f[3] for f in facts(run(text)) if f[0] == rel}


def test_a_running_total_after_the_days_act_keeps_the_days_count() -> None:
    assert _counts("Thirty Ethiopians were flown home on Saturday.\nA total of 900 Ethiopians have now been "
                   "repatriated from Myanmar.", "REPATRIATED") == {30}
    assert _counts("Police raided a casino in Kratie on Friday and detained 80 Vietnamese.\nIn all, 2,100 "
                   "Vietnamese have been detained.", "DETAINED") == {80}


def test_a_raids_count_in_the_present_perfect_is_the_raids() -> None:
    assert _counts("A total of 57 South Koreans have been arrested in the raid, police said on Monday.",
                   "ARRESTED") == {57}

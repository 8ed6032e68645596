"""Running totals beside the day's act, and days told against another act (session 56; made-up
names, places and numbers). "Since January, 1,240 have been sent home, including 80 on Tuesday": the
day is the part's, so the total keeps its period and never becomes Tuesday's act. "On Monday, a month
after 80 were freed": an act told only as a span before another act's day has no day of its own (the
guidelines resolve no relative date against publication); "two weeks after they were arrested," set off
by commas leaves the act past it on the day told; "Weeks after the raid, police on Sunday ...": the
raid is not Sunday's."""

from datetime import date

from tests.unit.test_news_extraction import facts, run

_TUESDAY = date(2026, 3, 10)


def _dated(text: str) -> set[tuple[str, str, str, object]]:
    return facts(run(text, published=_TUESDAY))


def test_a_running_total_keeps_its_period_not_the_days_part() -> None:
    found = _dated("Since January, 1,240 Vietnamese have been repatriated from Kestrel, including 80 on Tuesday.")
    assert not any(s == "repatriation@2026-03-10" and c == 1240 for _r, s, _t, c in found), found
    assert ("REPATRIATED", "repatriation@2026-01-01/2026-03-10", "VN", 1240) in found, found
    found = _dated("Since February, 3,100 Chinese have been detained in Lotville, 420 of them on Monday alone.")
    assert not any(s == "detention@2026-03-09" and c == 3100 for _r, s, _t, c in found), found


def test_an_act_a_month_before_the_day_told_takes_no_day() -> None:
    found = _dated("On Monday, a month after 80 Indonesians were rescued from a camp in Dorvale, the last "
                   "of them flew back to Jakarta.")
    assert not any(s == "rescue@2026-03-09" for _r, s, _t, _c in found), found
    assert ("RESCUED", "rescue@", "ID", 80) in found, found


def test_a_span_set_off_by_commas_leaves_the_main_act_on_its_day() -> None:
    found = _dated("On Friday, two weeks after they were arrested in a raid in Kestrel, 64 Chinese were deported.")
    assert ("DEPORTED", "deportation@2026-03-06", "CN", 64) in found, found


def test_a_fronted_span_before_a_raid_gives_the_raid_no_later_day() -> None:
    found = _dated("Weeks after the raid in Dorvale, police on Sunday arrested the camp's alleged boss.")
    assert not any(s == "raid@2026-03-08" for _r, s, _t, _c in found), found
    found = _dated("Twelve days after they were freed, 33 Kenyans flew into Nairobi on Sunday.")
    assert not any(s == "rescue@2026-03-08" for _r, s, _t, _c in found), found

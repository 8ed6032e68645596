""""N of its nationals" are the people of the one country named before the possessive; where two
countries are named before it ("<A>'s militia handed over to <B> N of its nationals"), "its" may
point to either and no nationality is read from it. Names, places and numbers are invented."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(kind, end, count) for kind, _, end, count in facts(run(text)) if count is not None}


def test_one_country_owns_its_citizens() -> None:
    found = _counted("Indonesia brought home 64 of its citizens from Cambodia on 4 May 2025.")
    assert ("REPATRIATED", "ID", 64) in found


def test_two_countries_before_its_nationals_leave_them_unowned() -> None:
    found = _counted("Laos's Xaysomboun militia has handed over to Vietnam 312 of its nationals suspected of fraud.")
    assert not {f for f in found if f[2] == 312}


def test_the_people_told_by_their_demonym_later_keep_their_count() -> None:
    found = _counted("Laos's Xaysomboun militia has handed over to Vietnam 312 of its nationals suspected of fraud. "
                     "State media said 312 Vietnamese nationals were transferred to Vietnam.")
    assert {f for f in found if f[2] == 312} == {("REPATRIATED", "VN", 312)}

"""A move told as the first leg of a journey home ("transferred to Bangkok before returning home")
brings people home; it deports no one to the city they pass through."""

from tests.unit.test_news_extraction import facts, run


def moved(text: str) -> set[tuple[str, str, object]]:
    return {(f[0], f[2], f[3]) for f in facts(run(text)) if f[0] in {"DEPORTED", "REPATRIATED"}}


def test_a_transfer_before_returning_home_is_a_leg_home() -> None:
    told = moved("Once cleared, the 26 Pakistanis were rescued and transferred to Mae Sot before "
                 "returning home.")
    assert told == {("REPATRIATED", "PK", 26)}
    assert moved("The 26 Pakistanis were transferred to Mae Sot before returning home.") == {("REPATRIATED", "PK", 26)}


def test_a_transfer_with_no_journey_home_after_it_is_read_as_before() -> None:
    assert ("DEPORTED", "PK", 26) in moved("The 26 Pakistanis were rescued and transferred to Laos.")
    assert moved("The 26 Pakistanis were deported to Mae Sot before returning home.") == {("DEPORTED", "PK", 26)}

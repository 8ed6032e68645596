"""A move told as the first leg of a journey home ("transferred to Bangkok before returning home")
brings people home; it deports no one to the city they pass through."""

from tests.unit.test_news_extraction import facts, run


def moved(text: str) -> set[tuple[str, str, object]]:
    return {(f[0], f[2], f[3]) for f in facts(run(text)) if f[0] in {"DEPORTED", "REPATRIATED"}}


def test_a_transfer_before_returning_home_is_a_leg_home() -> None:
    told = moved("After receiving approval, the 18 Bangladeshis were rescued and transferred to Bangkok before "
                 "returning home.")
    assert told == {("REPATRIATED", "BD", 18)}
    assert moved("The 18 Bangladeshis were transferred to Bangkok before returning home.") == {("REPATRIATED", "BD", 18)}


def test_a_transfer_with_no_journey_home_after_it_is_read_as_before() -> None:
    assert ("DEPORTED", "BD", 18) in moved("The 18 Bangladeshis were rescued and transferred to Myanmar.")
    assert moved("The 18 Bangladeshis were deported to Bangkok before returning home.") == {("DEPORTED", "BD", 18)}

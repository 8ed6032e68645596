"""A day set off by commas between a speaker and its verb of telling ("The harbour police, on
Monday, announced that 30 crew members had been sent home") is the day the speaker spoke, not the
day of the act it tells of (audit 37 page n04, whose deportation took the statement's day). A day
after the act with a comma and a telling verb after it, but none before it ("were freed on May 3,
reported a wire service"), stays the act's."""

from tests.unit.test_news_extraction import events, run


def test_a_day_set_off_before_said_is_the_statement_s() -> None:
    text = "The lake patrol office, on Friday, announced that Laos had deported 21 Kenyans to Nairobi.\n"
    told = events(run(text))
    assert "deportation@" in told
    assert not [key for key in told if key.startswith("deportation@2026")]


def test_a_day_after_the_act_before_a_credited_wire_is_the_act_s() -> None:
    text = "Twenty-one Kenyans were deported from Laos on Friday, reported a news agency.\n"
    assert "deportation@2026-10-09" in events(run(text))


def test_a_day_right_before_said_without_a_comma_before_it_is_unchanged() -> None:
    text = "Twenty-one Kenyans were deported from Laos on Friday, said the coastal immigration command.\n"
    assert "deportation@2026-10-09" in events(run(text))

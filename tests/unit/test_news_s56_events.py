"""Events still to come (session 56; made-up names, places and numbers): an inquiry or a hearing
that a word of waiting governs, a few words before it, is awaited, not held:
- "A judge ordered the 40 held at Varnok prison pending their bail hearings": no hearing yet;
- "A prosecutor was suspended from duty pending an internal investigation into bribery claims":
  the inquiry is what the suspension waits for, no investigation the story tells as opened."""

from tests.unit.test_news_extraction import events, run

_LEAD = "Police arrested 40 Zorvanians at a villa in Lotville on Monday."


def test_hearings_a_remand_waits_for_are_no_inquiry() -> None:
    batch = run(f"{_LEAD} A judge ordered them held at Varnok prison pending their bail hearings.")
    assert set(events(batch)) == {"arrest@2026-10-12"}, events(batch)


def test_an_inquiry_a_suspension_waits_for_is_not_told_as_opened() -> None:
    batch = run(f"{_LEAD} Separately, a prosecutor was suspended from duty pending an internal investigation "
                "into claims that he took bribes from the suspects.")
    assert set(events(batch)) == {"arrest@2026-10-12"}, events(batch)


def test_an_inquiry_after_a_waiting_phrase_set_off_by_a_comma_is_opened() -> None:
    # (guard, passes before and after: what the waiting word governs ends at the comma)
    batch = run(f"{_LEAD} Pending approval from the court, detectives opened an investigation into the ring.")
    assert "investigation@" in events(batch), events(batch)


def test_a_handover_awaited_is_still_no_event() -> None:
    # (guard, passes before and after: the one-word case the reader already read)
    batch = run("Forty Zorvanians remain in Lotland pending their handover to Zorvanian police.")
    assert not events(batch), events(batch)

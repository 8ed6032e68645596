"""Events as reporting from many countries words them, and what is no event (session 56; made-up
names, places and numbers, found by probing the reader with invented reports):
- a habit is no happening: "states have routinely deported such workers", "Lotland has long
  detained victims as migrants";
- "Two days after the raid, 45 were handed over": the raid is the act the day is reckoned from,
  told before, not a second raid on the later day; an arrest told so is an act of its own;
- an act fought, halted or appealed against ("is fighting deportation", "a court halted the
  deportation of 40"), an "extradition request", or "calls are growing for the extradition of" X
  is not done;
- "received 62 citizens who had been handed over by Lotlandic authorities": the handing over is
  the receiving, on the day told before it;
- "Those found guilty face up to 10 years": a verdict still to come;
- "police booked 19 people for recruiting youths": a case laid against people (Indian English);
- "on Monday of last week": last week's Monday;
- "The rescue of 30, which took place on October 1, was announced on Sunday": the act's own day."""

from tests.unit.test_news_extraction import events, facts, run

# (run() publishes on Thursday 2026-10-15)
_RAID = "Police raided a villa in Lotville on Saturday."


def test_a_habit_told_in_the_perfect_is_no_event() -> None:
    assert not events(run("Neighbouring states have routinely deported Zorvanian workers.")), "routinely"
    assert not events(run("Lotland has regularly arrested Zorvanian nationals at its border.")), "regularly"
    assert not events(run("Countries of the region have long detained trafficking victims as migrants.")), "long"
    assert not events(run("Those who are freed are frequently detained for weeks before being sent home.")), "frequently"


def test_long_about_another_verb_keeps_the_act() -> None:
    # (guard, passes before and after: "have long been running" says how long the crimes went on)
    batch = run("Investigations by the Varnok police have found that the gangs have long been running phone fraud.")
    assert "investigation@" in events(batch), events(batch)


def test_the_raid_a_day_is_reckoned_from_is_the_raid_told_before() -> None:
    batch = run(f"{_RAID} Two days after the raid, the 45 Indonesians were handed over to their embassy.")
    assert set(events(batch)) == {"raid@2026-10-10", "repatriation@2026-10-12"}, events(batch)


def test_an_arrest_a_day_after_the_raid_is_an_act_of_its_own() -> None:
    batch = run(f"{_RAID} A day after the raid, police arrested four Chinese managers in Varnok.")
    assert set(events(batch)) == {"raid@2026-10-10", "arrest@2026-10-11"}, events(batch)
    found = facts(batch)
    assert ("ARRESTED", "arrest@2026-10-11", "CN", 4) in found, found
    assert ("OCCURRED_AT", "raid@2026-10-10", "Varnok", None) not in found, found


def test_acts_fought_or_halted_are_not_done() -> None:
    assert not events(run("Ivo Marek is fighting deportation.")), "fighting"
    assert not events(run("A court on Friday halted the deportation of 40 Zorvanians.")), "halted"
    assert not events(run("The 12 Zorvanians appealed against their deportation.")), "appealed against"
    assert not events(run("Lawyers for the 12 challenged their deportation in court on Monday.")), "challenged"


def test_a_request_or_a_swelling_call_for_an_extradition_is_none() -> None:
    assert not events(run("Lotland received an extradition request from Zorvania for Ivo Marek.")), "request"
    assert not events(run("Calls are growing for the extradition of the tycoon Ivo Marek.")), "calls growing"
    # (guard, passes before and after: an extradition done under such a request is one)
    batch = run("Lotland extradited Ivo Marek on Friday under an extradition request from Zorvania.")
    assert set(events(batch)) == {"extradition@2026-10-09"}, events(batch)


def test_people_received_who_were_handed_over_take_the_receiving_day() -> None:
    batch = run("On the morning of October 6, the Varnok Border Guard received 62 Vietnamese citizens who had "
                "been handed over by Lotlandic authorities.")
    assert set(events(batch)) == {"repatriation@2026-10-06"}, events(batch)
    assert ("REPATRIATED", "repatriation@2026-10-06", "VN", 62) in facts(batch)


def test_a_verdict_awaiting_whoever_is_found_guilty_is_none() -> None:
    batch = run("Police detained 20 Zorvanians in Lotville on Monday. Those found guilty of fraud face up to "
                "nine years behind bars.")
    assert set(events(batch)) == {"detention@2026-10-12"}, events(batch)
    # (guard, passes before and after: those found guilty and jailed were convicted)
    assert "charge@2026-10-12" in events(run("Those found guilty were jailed for five years on Monday."))


def test_people_booked_for_a_crime_are_charged() -> None:
    found = events(run("Varnok police have booked 19 people for allegedly recruiting youths to Lotland."))
    assert found.get("charge@", {}).get("count_charged") == 19, found
    # (guard, passes before and after: tickets booked for people are travel)
    assert not events(run("The agents booked 19 tickets for the recruits on Monday."))


def test_a_weekday_of_last_week() -> None:
    batch = run("Police arrested 18 Zorvanians at a villa in Lotville on Monday of last week.")
    assert set(events(batch)) == {"arrest@2026-10-05"}, events(batch)


def test_an_act_dated_in_its_own_which_clause_not_by_its_telling() -> None:
    batch = run("The rescue of the 30 Filipinos, which took place on October 1, was announced by the embassy on Sunday.")
    assert set(events(batch)) == {"rescue@2026-10-01"}, events(batch)

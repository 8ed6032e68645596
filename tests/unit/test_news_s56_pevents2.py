"""Events as reporting from many countries words them, and what is no event, second round
(session 56; made-up names, places and numbers, found by probing the reader with invented reports):
- an act ordered is not done ("the premier ordered the deportation of", "ordered a nationwide
  crackdown", "ordered police to raid"), but a court's order of custody is the custody;
- "Suspects arrested under the new law will face ...": whoever an act may befall, no act;
- "The arrests are expected to lead to extraditions": an act foreseen;
- "Arrests are rising", "Deportations have surged": a trend, no act;
- "Similar compounds have been raided repeatedly", "we have deported thousands over the years",
  "every week we arrest dozens", "we rescue them": habits, no act;
- "three men already in custody": a state, no detention;
- "The raid was the third in the province this month": the month is the others' span;
- dates in figures ("on 27/09/2026", "13.10.2026"), read only where one order gives a day before
  publication;
- "seized 300 phones and 80 laptops in the raid on Friday": the raid's day;
- "were handed prison terms", "a court handed a 12-year prison term to": sentences given;
- "were put on a chartered flight home": sent home."""

from tests.unit.test_news_extraction import events, run

# (run() publishes on Thursday 2026-10-15)
_ARREST = "Police arrested 20 people at a villa in Lotville on Monday."


def test_an_act_ordered_is_not_done() -> None:
    batch = run(f"{_ARREST} The premier ordered the deportation of all the foreigners involved.")
    assert set(events(batch)) == {"arrest@2026-10-12"}, events(batch)
    batch = run(f"{_ARREST} The premier has ordered a nationwide crackdown on fraud dens.")
    assert set(events(batch)) == {"arrest@2026-10-12"}, events(batch)
    assert not events(run("The governor of Varnok ordered police to raid every casino in the province.")), "to raid"
    assert not events(run("Premier Ivo Marek ordered officers to arrest anyone tied to the ring.")), "to arrest"


def test_a_courts_order_of_custody_is_the_custody() -> None:
    # (guard, passes before and after: a remand ordered holds the accused from that day)
    batch = run("The court on Monday ordered the 14 defendants to be remanded in custody.")
    assert set(events(batch)) == {"detention@2026-10-12"}, events(batch)


def test_whoever_an_act_may_befall_is_no_act() -> None:
    assert not events(run("Suspects arrested under the new statute will face up to 15 years in jail.")), "will face"
    assert not events(run("Under the pact, suspects arrested in either state will be handed over within 30 days.")), \
        "will be handed over"
    # (guard, passes before and after: suspects arrested, told in the past)
    batch = run("Suspects arrested in Lotville on Monday were taken to Varnok.")
    assert "arrest@2026-10-12" in events(batch), events(batch)


def test_an_act_foreseen_is_not_done() -> None:
    batch = run(f"{_ARREST} The arrests are expected to lead to extraditions.")
    assert set(events(batch)) == {"arrest@2026-10-12"}, events(batch)


def test_a_trend_of_acts_is_no_act() -> None:
    assert not events(run("Arrests and deportations have surged in recent months.")), "surged"
    assert not events(run("Rescues of trafficked workers have become more frequent.")), "more frequent"
    batch = run(f"{_ARREST} Deportations of fraud workers have risen since the start of the year.")
    assert set(events(batch)) == {"arrest@2026-10-12"}, events(batch)


def test_habits_are_no_act() -> None:
    batch = run(f"{_ARREST} Similar villas have been raided repeatedly in the past.")
    assert set(events(batch)) == {"arrest@2026-10-12"}, events(batch)
    assert not events(run('"We have deported thousands over the years and will keep going," the minister said.'))
    assert not events(run('"Every week we arrest dozens of people," the chief of Varnok police said.'))
    assert not events(run('"We do not arrest victims, we rescue them," the chief of Varnok police said.'))
    # (guard, passes before and after: an act told done in a quote)
    batch = run('"We rescued 19 Zorvanians from the villa on Saturday," the spokesman said.')
    assert "rescue@2026-10-10" in events(batch), events(batch)


def test_people_already_in_custody_are_no_detention() -> None:
    batch = run("Varnok police on Monday served fresh arrest warrants on three men already in custody.")
    assert set(events(batch)) == {"warrant@2026-10-12"}, events(batch)
    batch = run("Police on Monday re-arrested two men already in detention over a separate fraud case.")
    assert set(events(batch)) == {"arrest@2026-10-12"}, events(batch)


def test_a_month_that_ranks_the_act_is_not_its_day() -> None:
    batch = run(f"{_ARREST} The raid was the third in the province this month.")
    assert not any(key.endswith("@2026-10") for key in events(batch)), events(batch)


def test_dates_written_in_figures() -> None:
    assert "arrest@2026-09-27" in events(run("Police arrested 18 people at a villa in Lotville on 27/09/2026."))
    assert "arrest@2026-09-27" in events(run("Police arrested 18 people at a villa in Lotville on 09/27/2026."))
    assert "arrest@2026-10-13" in events(run("Police arrested 18 people at a villa in Lotville on 13.10.2026."))
    # a day-first reading after publication: the month-first one
    assert "arrest@2026-03-11" in events(run("Police arrested 18 people at a villa in Lotville on 3.11.2026."))
    # both orders give a day before publication: no day
    assert "arrest@" in events(run("Police arrested 18 people at a villa in Lotville on 06/07/2026."))


def test_a_seizure_in_the_raid_takes_the_raids_day() -> None:
    batch = run("Police seized 300 phones and 80 laptops in the raid on Friday.")
    assert set(events(batch)) == {"raid@2026-10-09", "seizure@2026-10-09"}, events(batch)
    batch = run("Police seized 300 phones in the raid on Friday.")
    assert set(events(batch)) == {"raid@2026-10-09", "seizure@2026-10-09"}, events(batch)


def test_prison_terms_handed() -> None:
    assert "charge@2026-10-12" in events(run("The 12 men were handed prison terms of up to 12 years on Monday."))
    batch = run("The Varnok District Court handed a 12-year prison term to a 35-year-old man surnamed Oru on Friday.")
    assert "charge@2026-10-09" in events(batch), events(batch)
    # (guard, passes before and after: terms only asked for)
    assert not events(run("Prosecutors sought prison terms of up to 12 years for the men on Friday."))


def test_people_put_on_a_flight_home_are_sent_home() -> None:
    batch = run("The 60 Zorvanians were put on a chartered flight home on Saturday.")
    assert set(events(batch)) == {"repatriation@2026-10-10"}, events(batch)
    batch = run("Police deported 12 Zorvanians on Friday. They were put on a plane back to Varnok.")
    assert set(events(batch)) == {"deportation@2026-10-09"}, events(batch)
    assert not events(run("The 12 were put on a bus to the holding centre in Lotville on Saturday."))

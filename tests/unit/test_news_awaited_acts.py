"""An act named by an infinitive after a word of waiting ("awaiting approval to proceed with
repatriation") is still to come: no event. People named by a region's demonym ("Sarawakians") are of
the region's country. An act "of" after a noun of lacking ("a lack of arrest warrants") is none."""

from tests.unit.test_news_extraction import events, facts, run


def test_an_act_awaited_is_no_event() -> None:
    assert not events(run("The families are still awaiting approval from the authorities to proceed with "
                          "repatriation."))


def test_an_act_done_after_a_wait_told_apart_is_an_event() -> None:
    assert [key for key in events(run("After weeks awaiting papers, 40 workers were repatriated on Friday."))
            if key.startswith("repatriation")]


def test_a_region_s_demonym_is_its_country_s_nationality() -> None:
    found = facts(run("Police arrested three Sarawakians and two Keralites in Phnom Penh on Friday."))
    assert {("ARRESTED", "arrest@2026-10-09", "MY", 3), ("ARRESTED", "arrest@2026-10-09", "IN", 2)} <= found


def test_an_act_after_a_noun_of_lacking_is_no_event() -> None:
    assert not [key for key in events(run("Police freed the men on Saturday for lack of arrest warrants."))
                if key.startswith("warrant")]
    assert not [key for key in events(run("They were freed in the absence of charges.")) if key.startswith("charge")]


def test_hearing_as_the_verb_of_listening_is_no_hearing() -> None:
    assert not events(run("We are hearing that 50 more workers are still held in Myanmar."))
    assert not events(run("On hearing the news, the embassy contacted the authorities."))
    assert events(run("A bail hearing was held on Monday."))


def test_people_booked_for_a_crime_are_charged_but_booked_flights_are_travel() -> None:
    found = facts(run("Twelve Chinese men were booked for cheating by the Kampala police last month."))
    assert ("CHARGED", "charge@2026-09", "CN", 12) in found
    assert not events(run("The agents booked flights for 40 workers to Bangkok on Monday."))


def test_an_act_prevented_or_hampered_is_no_act() -> None:
    batch = run("Armed guards keep preventing the rescue of some 80 Filipinos held at the hub, the envoy said.")
    assert not [f for f in facts(batch) if f[0] == "RESCUED"]

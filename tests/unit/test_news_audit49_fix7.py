"""Kinds found by the session-49 audit of Philippine scam-hub raids, deportations and court
cases (aud-6), each shown here on made-up words."""

from tests.unit.test_news_extraction import events, facts, run


# --- a passive act noun of promising before an "after" clause that tells the act (aud-6 kind 3)

def test_a_promised_noun_in_the_passive_leaves_the_after_clause_its_day() -> None:
    told = events(run("The quick deportation was promised by Commissioner Lena Marsh after 45 Vietnamese gaming "
                      "workers were deported on April 2, 2026."))
    assert list(told) == ["deportation@2026-04-02"]


def test_an_act_noun_promised_in_the_passive_is_no_event() -> None:
    assert events(run("The quick repatriation of the workers was pledged by the envoy.")) == {}
    assert events(run("A quick deportation of the rest was promised by the minister.")) == {}


# --- a criminal case filed against someone is a charge (aud-6 kind 4)

def test_a_trafficking_case_filed_against_a_person_is_a_charge() -> None:
    found = facts(run("The Department of Justice filed a qualified trafficking case against businessman Dario Venn "
                      "on March 4, 2026."))
    assert ("CONDUCTED", "Department of Justice", "charge@2026-03-04", None) in found
    assert ("CHARGED", "charge@2026-03-04", "Dario Venn", None) in found


def test_a_case_filed_in_a_month_is_dated_by_it_but_a_complaint_or_a_civil_case_is_no_charge() -> None:
    assert "charge@2026-03" in events(run("In March 2026, prosecutors filed a fraud case against the Amber Wren managers."))
    assert events(run("The victims filed complaints against the Amber Wren recruiters.")) == {}
    assert events(run("The firm filed a case against the Jade Heron company over unpaid rent.")) == {}


# --- a planned act in the progressive passive, and a vow dated before its "to" (aud-6 kind 16)

def test_deportations_being_lined_up_are_no_event() -> None:
    assert events(run("More mass deportations of Thai workers are being lined up in the coming weeks, the "
                      "commissioner said.")) == {}
    assert events(run("Mass deportations of Zorvanian workers are being arranged.")) == {}


def test_more_deportations_scheduled_are_no_event() -> None:
    assert events(run("More mass deportations are scheduled in the coming weeks.")) == {}


def test_a_vow_dated_before_its_infinitive_makes_no_event_of_the_act_it_would_hasten() -> None:
    assert events(run("The bureau vowed on Tuesday to expedite the deportations of Zorvanian staff held at the Amber "
                      "Wren compound.")) == {}
    assert "deportation@2026-10-12" in events(run("The deportation of 40 Zorvanians was carried out on Monday."))


# --- a deadline told in an order's infinitive dates no act (aud-6 kind 17)

def test_an_orders_deadline_makes_no_arrest_of_its_year() -> None:
    told = events(run("Police arrested 120 Chinese nationals in a raid on the Amber Wren tower on March 3, 2026. The "
                      "arrests show how scam hubs keep running despite an order to shut them by the end of 2025."))
    assert list(told) == ["raid@2026-03-03"]
    told = events(run("Police raided the Jade Heron compound in order to free the workers on March 3, 2026."))
    assert any(k.endswith("@2026-03-03") for k in told)  # (a purpose, "in order to", is no order)

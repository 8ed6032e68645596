"""Kinds found by the session-49 audits of real stories (Chinese verdicts on scam bosses, the late-2025
raids on Myanmar's compounds, sanctions and forfeitures), each shown here on made-up words: verdicts
told as a court reading out or announcing its ruling, a death told as "passed away", a flight from a
compound told in a relative clause, the doer of a seizure, a sanction whose only generic word
describes its target, and an operation that is only praised."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_court_reading_out_its_ruling_sentences_the_people_it_names() -> None:
    told = facts(run("A Fuzhou court on 14 October 2025 read out its ruling on the gang, jailing Arman Velic for life. "
                     "Defendants Tan Keli, Ma Xiaolin and Du Feng were sentenced to between eight and 15 years."))
    assert ("CONDUCTED", "Fuzhou court", "charge@2025-10-14", None) in told
    assert {f[2] for f in told if f[0] == "CHARGED" and f[1] == "charge@2025-10-14"} \
        >= {"Arman Velic", "Tan Keli", "Ma Xiaolin", "Du Feng"}


def test_a_ruling_made_public_is_a_sentencing() -> None:
    told = facts(run("The Quanzhou Intermediate People's Court on 2 May 2025 made public its ruling at first instance, "
                     "sentencing Arman Velic to life in prison."))
    assert ("CHARGED", "charge@2025-05-02", "Arman Velic", None) in told
    assert ("CONDUCTED", "Quanzhou Intermediate People's Court", "charge@2025-05-02", None) in told


def test_a_verdict_announced_on_a_day_is_given_that_day_by_the_court() -> None:
    told = facts(run("A Chinese court on Tuesday announced its first-instance verdict on the Amber Wren gang, "
                     "sentencing Arman Velic to death."))
    assert ("CONDUCTED", "Chinese court", "charge@2026-10-13", None) in told
    assert ("CHARGED", "charge@2026-10-13", "Arman Velic", None) in told
    assert not any(f[0] == "ANNOUNCED" for f in told)
    # a verdict still to come is no event (convention 8)
    assert events(run("The court is expected to read out its ruling on Monday.")) == {}


def test_passed_away_is_a_death() -> None:
    told = facts(run("The broker Arman Velic passed away in Tachileik on 13 March 2024."))
    assert ("AFFECTED", "death@2024-03-13", "Arman Velic", None) in told
    counted = facts(run("Two Chinese workers passed away in the Amber Wren compound on 3 May 2025."))
    assert ("AFFECTED", "death@2025-05-03", "CN", 2) in counted


def test_nationals_who_had_fled_a_compound_escaped_before_they_came_home() -> None:
    batch = run("Nepal on Tuesday brought back 120 of its nationals who had fled a scam compound in Myanmar.")
    assert ("OCCURRED_AT", "escape@", "Myanmar", None) in facts(batch)
    assert "repatriation@2026-10-13" in events(batch)


def test_authorities_named_by_their_country_conduct_a_seizure() -> None:
    told = facts(run("Canadian authorities seized $40 million in Toronto on 2 May 2025."))
    assert ("CONDUCTED", "Canadian authorities", "seizure@2025-05-02", None) in told


def test_a_generic_word_that_only_describes_the_target_leaves_the_sanction() -> None:
    told = facts(run("Canada imposed sanctions on the Amber Crane Group, which runs many casinos."))
    assert ("TARGETED", "sanction@", "Amber Crane Group", None) in told
    # a sentence that speaks in general before any such clause is still no event
    assert events(run("Sanctions often target such groups, which run many casinos.")) == {}


def test_the_same_day_as_an_act_told_by_its_month_is_no_earlier_acts_day() -> None:
    batch = run("Police arrested Arman Velic on 6 January. Prosecutors charged him in October. "
                "On the same day, sanctions were imposed on the Amber Crane Group.")
    assert "sanction@" in events(batch)
    assert "sanction@2026-01-06" not in events(batch)


def test_an_operation_that_is_praised_is_no_raid() -> None:
    assert events(run("FBI chief Mark Hollis praised the operation, calling it a landmark.")) == {}
    assert events(run("Officials hailed the joint operation as a model for the region.")) == {}
    # the raid told before keeps its day
    assert "raid@2026-10-12" in events(run("Police raided the Amber Wren compound on Monday. "
                                          "The minister praised the operation."))

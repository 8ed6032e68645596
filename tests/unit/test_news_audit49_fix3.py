"""Audit 49, fixer 3: events dated or merged wrongly. Every name of a person, firm and compound is
made up; the stories are published Thursday 2026-10-15."""

from __future__ import annotations

from tests.unit.test_news_extraction import events, facts, run


# -- a campaign brought in by "a", with a month of its own, is no part of the raid told before ------

def test_a_campaign_with_its_own_month_and_doers_is_not_the_raid_told_before() -> None:
    batch = run("Cambodian troops stormed the Amber Wren compound and carried off 40 computers, the army said "
                "on Monday. Thousands of workers have gone home under a crackdown by Thai and Chinese authorities "
                "starting in March.")
    found = facts(batch)
    assert ("CONDUCTED", "Thai authorities", "raid@2026-03", None) in found
    assert ("CONDUCTED", "Chinese authorities", "raid@2026-03", None) in found
    assert ("OCCURRED_AT", "raid@", "Amber Wren compound", None) in found  # the raid keeps no month of the campaign's
    assert ("OCCURRED_AT", "raid@2026-03", "Amber Wren compound", None) not in found


def test_a_campaigns_month_left_unresolved_in_an_undated_story_is_still_its_own() -> None:
    batch = run("Cambodian troops stormed the Amber Wren compound, the army said. Thousands of workers have gone "
                "home under a crackdown by Thai authorities starting in March.", published=None)
    raids = [n for n in batch.nodes.values() if n.properties.get("type") == "raid"]
    assert len(raids) == 2
    assert not any(n.properties.get("date_text") and "Amber Wren" in n.name for n in raids)


# -- a date told before two joined verbs is the second act's too ----------------------------------

def test_a_day_told_before_two_joined_verbs_dates_the_hand_over_too() -> None:
    found = facts(run("On March 4, 2025, Lao police detained Ivo Marek and handed him over to Chinese officers "
                      "at the border."))
    assert ("REPATRIATED", "repatriation@2025-03-04", "Ivo Marek", None) in found
    assert ("DETAINED", "detention@2025-03-04", "Ivo Marek", None) in found
    assert ("CONDUCTED", "Lao police", "repatriation@2025-03-04", None) in found


def test_handed_with_a_named_person_before_over_is_a_hand_over() -> None:
    found = facts(run("On March 4, 2025, Lao police handed Wei Dongsha over to Chinese officers."))
    assert ("REPATRIATED", "repatriation@2025-03-04", "Wei Dongsha", None) in found


def test_a_second_verb_that_names_no_event_takes_the_first_acts_day() -> None:
    found = facts(run("On January 30, 2024, Thai police arrested Ivo Marek and transferred him to Chinese custody."))
    assert ("ARRESTED", "arrest@2024-01-30", "Ivo Marek", None) in found
    assert ("DEPORTED", "deportation@2024-01-30", "Ivo Marek", None) in found


def test_a_man_handed_over_to_the_police_of_the_same_state_is_not_sent_home() -> None:
    found = facts(run("On Monday villagers captured Wei Dongsha and handed him over to police."))
    assert ("ARRESTED", "arrest@2026-10-12", "Wei Dongsha", None) in found
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_a_month_told_in_a_notices_participle_is_not_the_inquirys() -> None:
    found = events(run("The inquiry led to a wanted notice, put out in August 2024, for the gang's boss."))
    assert "warrant@2024-08" in found
    assert "investigation@" in found and "investigation@2024-08" not in found


def test_the_outcome_an_inquiry_led_to_takes_the_month_told_after_it() -> None:
    found = events(run("The inquiry led to the arrest of Ivo Marek in August 2024."))
    assert "arrest@2024-08" in found
    assert "investigation@" in found and "investigation@2024-08" not in found
    # (a raid's arrests are the raid, on its day)
    assert "raid@2026-10-13" in events(run("Police raided the compound on Tuesday, leading to the arrest of 40 people. "
                                           "The inquiry resulted in the seizure of 90 phones in August 2024."))


# -- a summary's number is not the first of the acts it counts -------------------------------------

def test_a_leads_count_of_two_dated_arrests_is_not_the_first_ones() -> None:
    batch = run("Two Malaysian nationals have been arrested for running a laundering ring, prosecutors said. "
                "Lim Chee Hong, 44, a Malaysian businessman, was arrested on February 2, 2025, at an airport in Miami. "
                "Ong Kai Seng, 37, was arrested on June 3, 2025, in Houston.")
    found = facts(batch)
    assert ("ARRESTED", "arrest@2025-02-02", "MY", 1) in found
    assert ("ARRESTED", "arrest@2025-02-02", "MY", 2) not in found
    assert events(batch)["arrest@2025-02-02"]["count_arrested"] == 1


# -- a thing's purchase year is no day of the act ---------------------------------------------------

def test_the_year_a_frozen_building_was_bought_does_not_date_the_freeze() -> None:
    found = events(run("The frozen assets include 9 Copper Row, an office tower in Leeds bought for £30 million "
                       "in 2019."))
    assert "seizure@" in found and "seizure@2019" not in found


def test_a_compound_built_in_a_year_leaves_the_raid_undated() -> None:
    found = events(run("Police raided a compound in Poipet built in 2020."))
    assert "raid@" in found and "raid@2020" not in found


# -- an arrest told with a second verb, or as "X's arrest", keeps its person ------------------------

def test_the_first_of_two_joined_verbs_keeps_the_named_person() -> None:
    found = facts(run("Police arrested Ivo Marek and deported him to Serbia on Friday."))
    assert ("ARRESTED", "arrest@2026-10-09", "Ivo Marek", None) in found
    assert ("DEPORTED", "deportation@2026-10-09", "Ivo Marek", None) in found


def test_a_second_verb_with_people_of_its_own_does_not_take_the_named_person() -> None:
    found = facts(run("Police arrested Ivo Marek and rescued 20 workers on Friday."))
    assert ("ARRESTED", "arrest@2026-10-09", "Ivo Marek", None) in found
    assert not any(f[0] == "RESCUED" and f[2] == "Ivo Marek" for f in found)


def test_two_people_named_before_them_keep_the_first_act_and_take_the_second() -> None:
    found = facts(run("Lao police arrested Ivo Marek and Dario Venn and deported them to Serbia on Friday."))
    for name in ("Ivo Marek", "Dario Venn"):
        assert ("ARRESTED", "arrest@2026-10-09", name, None) in found
        assert ("DEPORTED", "deportation@2026-10-09", name, None) in found


def test_a_possessive_before_an_arrest_names_the_person_arrested() -> None:
    found = facts(run("In June 2023 the office worked with the national police, leading to Dario Venn's arrest "
                      "later that month."))
    assert ("ARRESTED", "arrest@2023-06", "Dario Venn", None) in found

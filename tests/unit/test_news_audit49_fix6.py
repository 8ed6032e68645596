"""Kinds found by the session-49 audit of South Asian and African victims sent home from
South-East Asian compounds (aud-5), each shown here on made-up words."""

from scamgraph.loaders.dates import find_dates
from scamgraph.model import Label
from tests.unit.test_news_extraction import PUBLISHED, events, facts, names, run


# --- the arrival ends the sending home that a participle tells of the people (aud-5 kind 4)

def test_the_day_of_the_arrival_dates_a_return_told_by_its_participle() -> None:
    told = events(run("Thirty-two Nepalis repatriated from Laos arrived in Kathmandu on 12 October 2026."))
    assert "repatriation@2026-10-12" in told
    rescued = events(run("Forty Nepalis rescued from a compound in Laos arrived in Kathmandu on Tuesday."))
    assert "rescue@2026-10-13" not in rescued  # (freed before: the arrival is their return's)


def test_a_weekday_of_the_arrival_dates_a_deportation_told_by_its_participle() -> None:
    told = events(run("Twenty Indonesians deported from Cambodia landed in Jakarta on Tuesday."))
    assert "deportation@2026-10-13" in told
    own = events(run("Twenty Indonesians deported from Cambodia in August arrived in Jakarta on Tuesday."))
    assert "deportation@2026-08" in own  # (the participle's own day stays its day)


def test_the_group_that_arrives_after_another_act_was_told_dates_their_return() -> None:
    told = events(run("Officers have begun questioning 51 Kenyans repatriated from Myanmar in an investigation into the "
                      "agents who sent them. The group, made up of 40 men and 11 women, arrived in Nairobi on Tuesday "
                      "evening."))
    assert "repatriation@2026-10-13" in told


# --- a month right before a plural act noun, with no article (aud-5 kind 3)

def test_a_month_and_year_before_a_bare_plural_dates_the_raids() -> None:
    found = facts(run("Investigators said the Amber Wren compound emptied after November 2025 raids by Laotian police."))
    assert ("CONDUCTED", "Laotian police", "raid@2025-11", None) in found


def test_a_month_alone_before_a_bare_plural_dates_the_raids_and_their_seizures() -> None:
    told = events(run("The Jade Heron compound emptied after September raids by Myanmar soldiers, who seized 300 phones."))
    assert "raid@2026-09" in told and "seizure@2026-09" in told


def test_a_month_before_a_noun_that_is_also_a_verb_needs_a_year_or_a_plural() -> None:
    assert [d.value for d in find_dates("Thailand's September crackdown emptied the park.", 0, PUBLISHED)] == ["2026-09"]
    assert find_dates("Police May Raid Compound", 0, PUBLISHED) == []
    assert find_dates("Police May Crackdown On Gangs", 0, PUBLISHED) == []


# --- an act told in a "who" clause on the people sent home (aud-5 kind 8)

def test_an_escape_told_of_the_people_flown_home_is_an_escape() -> None:
    found = facts(run("The ministry flew home 95 Nepalis who had fled the Amber Wren compound in Myawaddy."))
    assert any(f[:2] == ("OCCURRED_AT", "escape@") and f[2].startswith("Amber Wren") for f in found)
    assert ("REPATRIATED", "repatriation@", "NP", 95) in found


def test_a_rescue_told_of_the_people_sent_home_is_a_rescue_of_them() -> None:
    found = facts(run("Sixty Nepalis who were freed from the Jade Heron complex in Laos have since been sent home."))
    assert ("RESCUED", "rescue@", "NP", 60) in found
    assert ("OCCURRED_AT", "rescue@", "Jade Heron complex", None) in found


def test_a_rescue_told_of_some_citizens_sent_home_gets_their_nationality_without_their_number() -> None:
    found = facts(run("Kenya brought back 40 of its nationals who had been freed from fraud parks in Myanmar, the "
                      "Foreign Ministry announced."))
    assert ("RESCUED", "rescue@", "KE", None) in found
    assert not any(f[0] == "ANNOUNCED" and f[2] == "rescue@" for f in found)


def test_the_day_of_the_return_told_before_the_clause_is_not_the_escapes() -> None:
    told = events(run("Nepal on Tuesday began the repatriation of 200 of its citizens who had fled the Amber Wren "
                      "compound in Myawaddy."))
    assert "escape@" in told and "repatriation@2026-10-13" in told


def test_a_day_inside_the_clause_is_the_escapes_and_not_the_flights() -> None:
    told = events(run("Some 60 Nepali workers who broke out of the Amber Wren compound in Myawaddy last month were flown "
                      "to Kathmandu on Friday."))
    assert "escape@2026-09" in told and "repatriation@2026-10-09" in told


# --- "N <demonym>s among M <participle>": the total is the whole's (aud-5 kind 12)

def test_a_headline_part_among_a_bare_total_keeps_its_own_number() -> None:
    assert ("RESCUED", "rescue@", "VN", 6) in facts(run("Six Vietnamese among 320 freed from Laos casino compound"))
    assert ("RESCUED", "raid@", "PH", 11) in facts(run("Eleven Filipinos among 1,200 rescued in Cambodian raid"))


def test_a_part_among_a_bare_total_after_a_copula_keeps_its_own_number() -> None:
    assert ("RESCUED", "rescue@", "VN", 6) in facts(run("Six Vietnamese were among 320 freed from a casino in Laos."))


# --- one person described by nationality (aud-5 kind 11)

def test_one_detainee_described_by_nationality_names_the_nationality() -> None:
    assert "Vietnam" in names(run("A Vietnamese detainee asked reporters to lend him a phone."), Label.NATIONALITY)
    assert "China" in names(run("A Chinese returnee said he was glad to be home."), Label.NATIONALITY)

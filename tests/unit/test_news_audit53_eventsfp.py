"""Audit 53, fixer of events the text never tells: a warrant only asked for, an act word naming a
length of time, an act noun that a plan's step aims at, and a "to date" total after "a total of"
(made-up towns, people and numbers; real countries)."""

from tests.unit.test_news_extraction import events, facts, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_warrant_asked_of_a_court_is_no_warrant() -> None:
    for text in ("Prosecutors in Dorvan requested a search warrant for a flat where a ring ran phone scams.",
                 "Detectives sought an arrest warrant for the owner of the Merrow villa.",
                 "Officers applied for warrants to search three offices in Krell."):
        assert "warrant" not in kinds(text), text


def test_a_warrant_issued_beside_a_warrant_asked_for_stays() -> None:
    batch = run("Prosecutors requested a search warrant last week. A judge in Dorvan issued an arrest warrant "
                "for Pell Aro on Monday.")
    assert "warrant@2026-10-12" in events(batch)


def test_an_act_word_naming_a_length_of_time_is_no_act() -> None:
    for text in ("The average escape period for the wanted men is four years.",
                 "The detention period for the 30 suspects can be extended by a judge in Krell."):
        assert not {"escape", "detention"} & kinds(text), text


def test_an_act_told_beside_a_length_of_time_stays() -> None:
    batch = run("Police in Krell arrested 30 Chinese nationals on Monday. Their detention period can be "
                "extended by a judge.")
    assert ("ARRESTED", "arrest@2026-10-12", "CN", 30) in facts(batch)
    assert "detention" not in {key.split("@")[0] for key in events(batch)}


def test_a_crackdown_that_a_plans_step_aims_at_is_no_raid() -> None:
    for text in ("Officials also plan to trace local backers in order to ensure a thorough crackdown on the "
                 "whole chain of the fraud.",
                 "The ministry plans to question the brokers to ensure a comprehensive crackdown on the gangs."):
        assert "raid" not in kinds(text), text


def test_a_raid_told_after_a_planned_crackdown_stays() -> None:
    batch = run("The ministry plans to question the brokers to ensure a full crackdown. Police raided a block "
                "in Merrow on Monday and arrested 12 Vietnamese nationals.")
    assert ("ARRESTED", "raid@2026-10-12", "VN", 12) in facts(batch)


def test_a_total_caught_to_date_is_no_arrest() -> None:
    text = "Scam reports have fallen, with a total of 1,480 suspects captured to date, the ministry said."
    assert "arrest" not in kinds(text)


def test_an_arrest_told_beside_a_total_to_date_stays() -> None:
    batch = run("Police captured 40 Chinese nationals in Merrow on Monday, with a total of 1,480 suspects "
                "captured to date.")
    assert ("ARRESTED", "arrest@2026-10-12", "CN", 40) in facts(batch)

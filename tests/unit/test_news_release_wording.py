"""Wording of NGO and UN releases (audit 36g): people "brought to safety" were rescued, and
"survivors of forced scamming" are people named by what they were made to do: "forced" there is no
verb, so the act after it ("safely returned to their homes") keeps their count; people described by a
clause ("who became victims of ... in Laos") who "have returned to the Philippines" are Filipinos
(audit 36i)."""

from tests.unit.test_news_extraction import events, facts, run


def test_people_brought_to_safety_were_rescued() -> None:
    found = events(run("After a long search, police found the victims, and two days later 27 people were brought "
                       "to safety."))
    assert any(name.startswith("rescue") for name in found)


def test_survivors_of_forced_scamming_who_returned_home_are_counted() -> None:
    found = events(run("In June, 318 survivors of forced scamming safely returned to their homes."))
    assert found["repatriation@2026-06"]["count_repatriated"] == 318



def test_people_described_by_a_clause_who_returned_to_a_country_are_its_nationals() -> None:
    # (audit 36i: "N people who became victims of ... in Laos have returned to the Philippines" gave no nationality)
    found = facts(run("Eleven people who became victims of fake job offers in Laos have returned to the Philippines."))
    assert ("REPATRIATED", "repatriation@", "PH", 11) in found

"""Wording of NGO and UN releases (audit 36g): people "brought to safety" were rescued, and
"survivors of forced scamming" are people named by what they were made to do: "forced" there is no
verb, so the act after it ("safely returned to their homes") keeps their count."""

from tests.unit.test_news_extraction import events, run


def test_people_brought_to_safety_were_rescued() -> None:
    found = events(run("After a long search, police found the victims, and two days later 27 people were brought "
                       "to safety."))
    assert any(name.startswith("rescue") for name in found)


def test_survivors_of_forced_scamming_who_returned_home_are_counted() -> None:
    found = events(run("In June, 318 survivors of forced scamming safely returned to their homes."))
    assert found["repatriation@2026-06"]["count_repatriated"] == 318


"""Facts never said in long made-up reporting (session 57 probe of whole articles; made-up names,
places and numbers):
- a timeline's lines ("4 May: Police raid the Velmora Complex ...") open on the act's day and a
  colon, as a dateline without its place may; two or more such lines make a timeline, whose days
  date their acts (one such line alone still reads as a dateline);
- "Ten days after police raided X, officials have charged 31 people. The raid, carried out on May
  4 by ..., ...": the raid told again with its day is the raid told first, so what the story tells
  of it next (the people detained) is that raid's, never a later raid's of another month;
- a police force named only as a helper ("with the help of Zorvanian police officers") is a
  visiting force: a later bare "police raided ..." is not its act;
- "not a single agent has been charged" denies the act, as "no agent" and "not one" do."""

from __future__ import annotations

from datetime import date

from tests.unit.test_news_extraction import events, facts, run

_TIMELINE = ("Timeline\n\n"
             "4 May: Police raid the Velmora Complex and arrest 52 suspected managers.\n\n"
             "9 May: The Orlen Immigration Office deports 140 Chinese nationals from Dovira.\n\n"
             "12 May: Thailand receives 61 citizens at the Kessal border checkpoint.\n")


def test_a_timelines_days_date_its_acts() -> None:
    found = events(run(_TIMELINE, date(2026, 5, 20)))
    assert {"raid@2026-05-04", "deportation@2026-05-09"} <= set(found), found
    assert not any(key.endswith("@") for key in found), found


def test_one_dated_line_alone_is_still_a_dateline() -> None:
    """Guard (passes on the pristine code too): a single "DATE: ..." line is the filing's day."""
    found = events(run("4 May: Police raided the Velmora Complex on Sunday and arrested 52 suspected managers.",
                       date(2026, 5, 6)))
    assert "raid@2026-05-03" in found, found


_FOLLOW_UP = ("Ten days after police raided the Amber Wren complex in Kessal, Orlen authorities have charged 31 people "
              "and deported the first group of workers. The raid, carried out on May 4 by the Orlen Security "
              "Ministry with the help of Zorvanian police officers, was the largest this year. Officers searched "
              "nine buildings and detained 412 foreign nationals, including 298 Chinese. In February, police "
              "raided a smaller casino in the same district and arrested 57 people.")


def test_the_raid_told_again_on_its_day_keeps_what_follows() -> None:
    found = facts(run(_FOLLOW_UP, date(2026, 5, 14)))
    assert ("DETAINED", "raid@2026-05-04", "CN", 298) in found, found
    assert not any(r == "DETAINED" and s == "raid@2026-02" for r, s, _t, _c in found), found


def test_a_helping_force_is_not_the_storys_police() -> None:
    found = facts(run(_FOLLOW_UP, date(2026, 5, 14)))
    assert ("PARTICIPATED_IN", "Zorvanian police", "raid@2026-05-04", None) in found, found
    assert not any(r == "CONDUCTED" and s == "Zorvanian police" and t == "raid@2026-02"
                   for r, s, t, _c in found), found


def test_a_force_that_led_an_act_is_still_the_storys_police() -> None:
    """Guard (passes on the pristine code too): the one force named as a doer is "the police" later."""
    found = facts(run("The Kessal Provincial Police raided a villa in Dovira on Monday. On Wednesday, the police "
                      "detained 14 more workers in a second house.", date(2026, 5, 14)))
    assert any(r == "CONDUCTED" and s == "Kessal Provincial Police" for r, s, _t, _c in found), found


def test_not_a_single_one_denies_the_act() -> None:
    found = events(run("Yet, as of this week, not a single agent in Dovira has been charged.", date(2026, 5, 14)))
    assert not found, found
    found = events(run("Officers said not a single worker was rescued, but 14 managers were arrested on Monday.",
                       date(2026, 5, 14)))
    assert set(found) == {"arrest@2026-05-11"}, found

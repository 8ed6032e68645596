"""A further batch or operation told after the first, with no day or place of its own ("A second
group of 150 ... was repatriated", "In a third raid, police detained 45", "Another 25 ... were
deported") is an act of its own: its count and its people never go to the act of its kind told
before (where they replaced that act's count or were lost; the largest kind left by the audits
of sessions 34 and 35)."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_second_group_sent_home_keeps_its_own_count() -> None:
    batch = run("Malaysia repatriated 210 Bangladeshis on Friday through Kuala Lumpur airport. A second "
                "group of 95 Bangladeshis was repatriated through Penang, the high commission said.")
    found = facts(batch)
    assert ("REPATRIATED", "repatriation@2026-10-09", "BD", 210) in found
    assert ("REPATRIATED", "repatriation@", "BD", 95) in found
    assert events(batch)["repatriation@2026-10-09"]["count_repatriated"] == 210


def test_a_second_raid_keeps_its_people_apart_from_the_first() -> None:
    batch = run("Officers detained 133 foreigners in a raid on a hotel in Bavet on Monday. In a second "
                "raid, officers detained 52 more people, including 17 Vietnamese.")
    found = facts(batch)
    assert ("DETAINED", "raid@", "VN", 17) in found
    assert not any(f[2] == "VN" and f[1] == "raid@2026-10-12" for f in found)
    assert events(batch)["raid@"]["count_detained"] == 52
    assert events(batch)["raid@2026-10-12"]["count_detained"] == 133


def test_another_counted_group_deported_is_a_deportation_of_its_own() -> None:
    batch = run("The bureau deported 71 Chinese nationals on Wednesday. A further 19 Chinese nationals "
                "were deported later, officials said.")
    found = facts(batch)
    assert ("DEPORTED", "deportation@2026-10-14", "CN", 71) in found
    assert ("DEPORTED", "deportation@", "CN", 19) in found


def test_another_group_inside_the_first_acts_clause_is_one_act() -> None:
    batch = run("Police detained 88 Chinese and another 24 Vietnamese in a raid in Sihanoukville on Monday.")
    found = facts(batch)
    assert {("DETAINED", "raid@2026-10-12", "CN", 88), ("DETAINED", "raid@2026-10-12", "VN", 24)} <= found
    assert list(events(batch)) == ["raid@2026-10-12"]


def test_a_raid_on_a_further_unnamed_site_is_a_raid_of_its_own() -> None:
    batch = run("Soldiers raided a casino in Myawaddy on Sunday and detained 330 people, including 200 "
                "Chinese. Afterwards, the soldiers raided another compound nearby and detained 48 Thais.")
    found = facts(batch)
    assert ("DETAINED", "raid@2026-10-11", "CN", 200) in found
    assert ("DETAINED", "raid@", "TH", 48) in found
    assert not any(f[2] == "TH" and f[1] == "raid@2026-10-11" for f in found)


def test_a_second_batch_that_opens_the_story_is_its_one_act() -> None:
    # (no first batch told: what is told of the act next is told of this one, not of another)
    batch = run("A second batch of 140 Vietnamese was repatriated from Bavet on Friday. The repatriation was "
                "arranged by the Vietnamese embassy.")
    assert list(events(batch)) == ["repatriation@2026-10-09"]

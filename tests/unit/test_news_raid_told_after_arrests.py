"""People counted as arrested or detained first, and the raid they were taken in told after with no
one counted of its own, are one operation: the raid, holding the people, on the raid's day where it
lies in the arrest's days. So are arrests named again ("the arrests") beside the raid they were made
in, on the day now told of them. A raid of another day stays apart. Made-up texts."""

from datetime import date

from tests.unit.test_news_extraction import events, facts, run

#: a Friday; "this week", of acts done, is 2026-06-08/2026-06-12
PUBLISHED = date(2026, 6, 12)


def test_raids_told_after_undated_arrests_hold_the_people() -> None:
    batch = run("Police in Ruse arrested 48 Bolivians on suspicion of running a loan fraud, officers said.\n\n"
                "Last year police arrested 20 Chileans in the same town.\n\n"
                "An inspector said a tip-off from a bank had led to the raids.", published=None)
    assert ("ARRESTED", "raid@", "BO", 48) in facts(batch)
    assert ("ARRESTED", "arrest@", "BO", 48) not in facts(batch)


def test_people_detained_this_week_and_picked_up_in_a_dated_raid_are_the_raids() -> None:
    batch = run("Border police have detained 48 Bolivians in Ruse this week for running a loan fraud.\n\n"
                "Police raided three warehouses in Ruse on June 9 and the men are now held at a police station.",
                published=PUBLISHED)
    assert ("DETAINED", "raid@2026-06-09", "BO", 48) in facts(batch)
    assert not [key for key in events(batch) if key.startswith("detention")]


def test_a_raid_of_another_day_leaves_the_detention_its_own() -> None:
    batch = run("Border police have detained 48 Bolivians in Ruse this week for running a loan fraud.\n\n"
                "Police raided three warehouses in Ruse on May 20.", published=PUBLISHED)
    assert any(key.startswith("detention") for key in events(batch))


def test_the_arrests_told_again_beside_their_raid_are_the_raid_on_their_own_day() -> None:
    batch = run("Police said on Thursday that they have arrested 52 Kenyans for running a betting fraud in Varna.\n\n"
                "Officers made the arrests on Tuesday during a raid on two hotels in the city.", published=PUBLISHED)
    assert ("ARRESTED", "raid@2026-06-09", "KE", 52) in facts(batch)
    assert not [key for key in events(batch) if key.startswith("arrest")]


def test_arrests_named_again_beside_a_raid_told_before_keep_the_flow() -> None:
    batch = run("Police raided a hotel in Varna on Monday.\n\n"
                "Police said on Thursday that they have arrested 52 Kenyans for a betting fraud in Burgas.\n\n"
                "Officers made the arrests on Tuesday during a raid on two other hotels.", published=PUBLISHED)
    assert "raid@2026-06-08" in events(batch)


def test_people_said_to_be_picked_up_during_dated_raids_are_the_raids() -> None:
    batch = run("Border police have detained 31 Bolivians and 12 Chileans for running a loan fraud, a spokesman said "
                "on Friday.\n\nThey were picked up during raids on June 9 on three hostels in Ruse.",
                published=PUBLISHED)
    assert {("DETAINED", "raid@2026-06-09", "BO", 31), ("DETAINED", "raid@2026-06-09", "CL", 12)} <= facts(batch)
    assert not [key for key in events(batch) if key.startswith("detention")]


def test_a_dated_raid_that_opens_on_no_one_told_before_leaves_the_detention_its_own() -> None:
    batch = run("Border police have detained 31 Bolivians for running a loan fraud, a spokesman said on Friday.\n\n"
                "Officers were injured during raids on June 9 on three hostels in Ruse.", published=PUBLISHED)
    assert any(key.startswith("detention") for key in events(batch))


def test_people_detained_on_a_day_of_a_week_of_raids_that_took_as_many_are_the_raids() -> None:
    batch = run("Police apprehended 64 people this week during raids on a fraud ring in Ruse, officials said.\n\n"
                "On Wednesday, officers in Ruse detained 64 persons at three houses.", published=PUBLISHED)
    assert [key for key in events(batch) if key.startswith(("raid", "detention", "arrest"))] == ["raid@2026-06-08/2026-06-12"]


def test_people_detained_that_day_in_other_numbers_stay_a_detention_of_their_own() -> None:
    batch = run("Police apprehended 64 people this week during raids on a fraud ring in Ruse, officials said.\n\n"
                "On Wednesday, officers in Ruse detained 12 persons at three houses.", published=PUBLISHED)
    assert any(key.startswith("detention") for key in events(batch))


def test_the_people_of_a_detention_folded_into_raids_that_arrested_them_were_arrested() -> None:
    batch = run("Police apprehended 64 people this week during raids on a fraud ring in Ruse, officials said.\n\n"
                "On Wednesday, officers in Ruse detained 64 persons at three houses; most of them were Bolivians.",
                published=PUBLISHED)
    assert ("ARRESTED", "raid@2026-06-08/2026-06-12", "BO", None) in facts(batch)
    assert not [f for f in facts(batch) if f[0] == "DETAINED"]

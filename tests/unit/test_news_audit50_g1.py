"""Audit 50, fixer g1: acts the text tells done that were read as no event of their own
(made-up names and numbers; real countries). Published 2026-10-15, a Thursday."""

from tests.unit.test_news_extraction import facts, run


def _events(batch):
    return {(n.properties["type"], n.properties.get("date", "")) for n in batch.nodes.values()
            if n.label.value == "Event"}


def test_further_people_as_the_objects_of_a_later_arrest_make_an_arrest_of_their_own() -> None:
    batch = run("Lao police raided a casino compound in Pakse on Monday and detained 120 Chinese. "
                "Subsequently, police in Laos apprehended another 85 Vietnamese in Savannakhet.")
    assert _events(batch) == {("raid", "2026-10-12"), ("arrest", "")}
    found = facts(batch)
    assert ("ARRESTED", "arrest@", "VN", 85) in found
    assert ("OCCURRED_AT", "arrest@", "Savannakhet", None) in found
    assert ("OCCURRED_AT", "raid@2026-10-12", "Savannakhet", None) not in found
    # ("another 30" inside the raid's own clause is a second part of its count)
    same = run("Lao police raided a casino compound in Pakse on Monday and detained 120 Chinese and "
               "another 30 Vietnamese.")
    assert _events(same) == {("raid", "2026-10-12")}


def test_a_dated_act_told_of_both_of_whom_is_an_event() -> None:
    batch = run("Lao police raided a casino compound in Pakse on Monday. Officers held Boun Lath and "
                "Kham Sone, both of whom were arrested on Tuesday in Savannakhet.")
    assert ("arrest", "2026-10-13") in _events(batch)


def test_the_place_of_a_detention_stays_its_own_beside_the_arrest_of_both() -> None:
    batch = run("Both men were detained at a holding centre in Laos with two other Japanese suspects, "
                "Kenji Mori and Taro Ueda, both of whom were arrested on Wednesday at the airport.")
    found = facts(batch)
    assert ("arrest", "2026-10-14") in _events(batch)
    assert any(f[0] == "OCCURRED_AT" and f[1].startswith("detention") and f[2] == "Laos" for f in found)
    assert not any(f[0] == "OCCURRED_AT" and f[1].startswith("arrest") for f in found)


def test_handing_the_group_over_across_a_border_sends_them_home() -> None:
    batch = run("Vientiane police raided a villa in Pakse on Monday and detained 14 Thais. On Tuesday, the Lao "
                "officials handed the group over to Thai police at the Friendship Bridge.")
    found = facts(batch)
    assert ("REPATRIATED", "repatriation@2026-10-13", "TH", 14) in found
    # (things handed over are sent nowhere)
    assert not _events(run("The officers handed the seized ledgers over to the court on Tuesday."))


def test_a_batch_sent_home_weeks_ago_is_its_own_with_no_day_of_publication() -> None:
    text = ("A total of 60 Ugandans who had been held in scam compounds in Laos arrived in Kampala on "
            "Saturday. The flight ends a wider rescue mission, which also saw 36 Ugandans repatriated "
            "two weeks ago after being rescued near the border.")
    found = facts(run(text, published=None))
    assert ("REPATRIATED", "repatriation@", "UG", 36) in found
    assert ("REPATRIATED", "repatriation@", "UG", 60) in found


def test_fleeing_to_a_town_from_a_scam_compound_is_an_escape() -> None:
    batch = run("About 300 Nepali workers fled to the Lao town of Pakse from a scam compound in Myanmar.")
    assert ("escape", "") in _events(batch)
    # (fugitives moving between towns escape no one)
    assert not _events(run("The suspects fled to Pakse from Vientiane."))


def test_goods_seized_from_many_people_are_a_seizure() -> None:
    batch = run("Lao immigration officials seized laptops, mobile phones and several passports from many "
                "Nepali nationals, they said.")
    assert ("seizure", "") in _events(batch)
    assert not _events(run("Workers from many countries were trafficked into the compounds."))

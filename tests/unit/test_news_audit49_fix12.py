"""Audit 49, fixer 12: a picture's day only bounds the act it shows, and a plan's day dates no act done (made-up
names; real countries)."""

from tests.unit.test_news_extraction import events, run


def _kinds(batch, kind):
    return {k for k in events(batch) if k.startswith(kind + "@")}


def test_a_photo_release_day_gives_the_raid_only_its_month() -> None:
    batch = run("A photo released on May 4, 2025 shows laptops and phones seized during a raid on a call "
                "centre in the Amber Wren compound in Kampot province.")
    assert _kinds(batch, "raid") == {"raid@2025-05"}  # (it happened by then, as footage "posted on" a day)
    assert _kinds(batch, "seizure") <= {"seizure@2025-05"}


def test_a_picture_taken_day_gives_the_raid_only_its_month() -> None:
    batch = run("Handout pictures taken on June 2, 2025 show SIM cards confiscated during a raid on the "
                "Blue Heron tower in Sihanoukville.")
    assert "raid@2025-06-02" not in events(batch)


def test_a_day_in_a_future_clause_dates_no_repatriation() -> None:
    batch = run("A group of 21 Zorvanian workers freed from scam compounds in Laos has been repatriated "
                "through the Wrenmouth border gate, and they are expected to reach Hanoi tomorrow "
                "(May 9, 2025).")
    assert "repatriation@2025-05-09" not in events(batch)
    assert "repatriation@" in events(batch)


def test_a_set_to_clause_day_dates_no_repatriation() -> None:
    batch = run("Thirty Zorvanian workers were repatriated by bus, and the group is set to reach Jakarta on Friday.")
    assert "repatriation@2026-10-16" not in events(batch)
    # (the act's own day still dates it: "were repatriated on May 8, 2025, and they are expected to ...")
    assert "repatriation@2025-05-08" in events(run("The 18 Zorvanian workers were repatriated on May 8, 2025, and "
                                                   "they are expected to reach Hanoi on Friday."))


def test_a_photo_taken_and_released_gives_the_raid_only_its_month() -> None:
    batch = run("This pool image taken on June 7, 2025 and released on June 8, 2025 by the Zorvanian News "
                "Agency shows phones seized during a raid on a call centre in Kandal province.")
    assert _kinds(batch, "raid") == {"raid@2025-06"}


def test_a_lede_count_one_off_the_dated_raid_makes_no_second_arrest() -> None:
    batch = run("Thai police have worked with Lao officers to break up a phone fraud ring, arresting 38 "
                "Zorvanian suspects. Police said they raided a hotel in the Amber Wren complex on April 4, 2025. "
                "During the operation, officers apprehended 37 Zorvanian nationals.")
    assert set(events(batch)) == {"raid@2025-04-04"}
    assert events(batch)["raid@2025-04-04"].get("count_arrested") == 37

"""Session 55, dates: a wire caption's participle set off by commas ("This pool photo, taken on ...,
and released on ... by ..., shows ...") still dates the picture, not the raid it shows; "over the
last three days" ends on the day of the telling and counts it (made-up names; real countries)."""

from datetime import date

from tests.unit.test_news_extraction import events, run


def _kinds(batch, kind):
    return {k for k in events(batch) if k.startswith(kind + "@")}


def test_a_release_day_set_off_in_a_caption_gives_the_raid_only_its_month() -> None:
    batch = run("This handout photo, taken on March 4, 2025, and released on March 5, 2025, by the Velmar News Agency, "
                "shows laptops and phones seized during a raid on a fraud compound in Kampot province.")
    assert _kinds(batch, "raid") == {"raid@2025-03"}  # (the raid happened by then; its day is not told)
    assert _kinds(batch, "seizure") <= {"seizure@2025-03"}


def test_a_taken_day_set_off_in_a_caption_dates_no_raid() -> None:
    batch = run("This file picture, taken on June 9, 2025, shows SIM cards confiscated during a raid on the "
                "Grey Finch tower in Sihanoukville.")
    assert "raid@2025-06-09" not in events(batch)
    # (a comma before the act's own day is no caption: "raided the tower, on June 9, 2025, and seized")
    assert "raid@2025-06-09" in events(run("Police raided the Grey Finch tower in Sihanoukville, on June 9, 2025, "
                                          "and seized 300 phones."))



def test_the_last_three_days_end_on_the_day_of_the_telling() -> None:
    # (told on a Wednesday, "the last three days" are Monday, Tuesday and Wednesday, not from Sunday on)
    batch = run("Nine Velorian workers freed from a fraud park were repatriated to Merrow over the last three days.",
                published=date(2026, 3, 11))
    assert _kinds(batch, "repatriation") == {"repatriation@2026-03-09/2026-03-11"}

"""Whole made-up articles probed in session 57 (pfull4; made-up names, places and numbers):
- "the following month", "the previous year" tell a time against an act the story tells, never
  against publication: the act they date has no date (as "a week before" has none);
- a sentence of no count that names again only the act whose people were just counted ("The raid
  was led by X") keeps those people as the whole that the parts told next ("Eleven of the suspects
  were Zorvanian") belong to."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_news_extraction import events, facts, run

_PUBLISHED = date(2026, 7, 15)


@pytest.mark.parametrize("text, kind", [
    ("Officers raided the Quillmere compound in March 2025 and held 52 Zorvanians. "
     "They were deported to Zorvania on a chartered flight the following month.", "deportation"),
    ("Officers raided the Quillmere compound in March 2025 and held 52 Zorvanians. "
     "The following year, 30 of them were deported to Zorvania.", "deportation"),
    ("Velmar police rescued 40 Zorvanians from a farm near Ostrin in May 2024. "
     "Eleven of them had been arrested at the border the previous year.", "arrest"),
])
def test_a_month_or_year_told_against_another_act_dates_nothing(text: str, kind: str) -> None:
    told = {key for key in events(run(text, _PUBLISHED)) if key.startswith(kind + "@")}
    assert told == {kind + "@"}, told


def test_a_month_told_against_publication_still_dates() -> None:
    """Guard (passes on the pristine code too): "next month" and "last year" reckon from the telling."""
    told = events(run("Velmar police arrested 14 Zorvanians in a raid on the Quillmere compound last year.", _PUBLISHED))
    assert "raid@2025" in told, told


def test_parts_told_after_a_sentence_naming_the_raid_again_are_its_people() -> None:
    text = ("Police arrested 23 people, including Lao and Vietnamese nationals, in a raid on a rented house "
            "in Quillmere on Tuesday. The raid was carried out by the Velmar Cyber Police with the help of "
            "Ostrin provincial police. Thirteen of the suspects were Cambodian. Six were from Laos and the "
            "other four were Vietnamese, the commander said.")
    got = {(f[2], f[3]) for f in facts(run(text, _PUBLISHED)) if f[0] == "ARRESTED"}
    assert {("KH", 13), ("LA", 6), ("VN", 4)} <= got, got

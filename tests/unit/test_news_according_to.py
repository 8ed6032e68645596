""""According to X, Y did ...": the phrase names X as the source, and its comma closes it. The body
or person after the comma is the subject of what the source says (it acted), not a second
source: it announced nothing (112, audit page a17). Without the comma, "according to X" still
makes X the announcer."""

from tests.unit.test_news_extraction import facts, run


def _announced(text: str) -> set[str]:
    return {fact[1] for fact in facts(run(text)) if fact[0] == "ANNOUNCED"}


def test_the_body_after_the_phrase_acted_and_announced_nothing() -> None:
    found = _announced("According to the foreign ministry, the International Organization for Migration "
                       "helped in March in the return of nine Kenyan nationals stranded in Laos.")
    assert not any("Migration" in name for name in found)


def test_the_body_in_the_phrase_is_still_the_announcer() -> None:
    found = _announced("Nine Kenyan nationals were repatriated from Laos last month, according to the "
                       "Ministry of Foreign Affairs.")
    assert any("Foreign Affairs" in name for name in found)


def test_a_person_after_the_phrase_led_the_raid() -> None:
    batch = run("Police Colonel Somchai Rattana, head of the cyber unit, spoke to reporters on Monday. "
                "According to a police statement, Somchai led the raid on a compound in Poipet on Friday "
                "along with officers from the immigration bureau.")
    assert ("LEADS", "Somchai Rattana", "raid@2026-10-09", None) in facts(batch)

"""An act word with "a" or "an" in a sentence that tells something done "earlier" or "previously"
("The President earlier banned such hubs after a raid on two properties in Angeles") is another act
of its kind, before the story's own: its places are its own (audit 39G: the places of a past raid
were given to the story's raid)."""

from tests.unit.test_news_extraction import facts, run

TOLD = "Immigration officers deported 18 Malaysians after a raid on a hub in Lapu-Lapu City on Tuesday. "


def test_places_of_an_earlier_raid_stay_its_own() -> None:
    batch = run(TOLD + "The President earlier banned such hubs after a raid on two properties in Angeles and Porac.")
    dated = {f[2] for f in facts(batch) if f[0] == "OCCURRED_AT" and f[1] == "raid@2026-10-13"}
    assert not {"Angeles", "Porac"} & dated


def test_the_raid_told_again_with_the_is_still_the_story_s() -> None:
    batch = run(TOLD + "Officers had earlier seized 40 phones in the raid.")
    assert sum(1 for f in facts(batch) if f[0] == "OCCURRED_AT" and f[1].startswith("raid@")) >= 1
    assert not any(f[1] == "raid@" for f in facts(batch))

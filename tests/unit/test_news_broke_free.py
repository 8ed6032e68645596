"""People who break free got away by themselves: an escape, no rescue (audit 28, page fa06: the
members of a ring who broke out of a raid read as a hundred people rescued). A count before "broke
free" counts no one rescued; people helped to break free, or freed by others after a relative
clause that tells their getting away, still are. Sentences are made up."""

from tests.unit.test_news_extraction import events, facts, run


def _rescued(text: str) -> set[tuple[str, object]]:
    return {(target, count) for rel, _, target, count in facts(run(text)) if rel == "RESCUED"}


def _counts(text: str) -> list[dict]:
    return [event.get("counts", {}) for event in events(run(text)).values()]


def test_people_who_break_free_from_a_raid_are_no_rescue() -> None:
    text = ("Officers raided a call centre in Kuantan on Tuesday and arrested 48 Chinese nationals. "
            "Some 30 of them broke free and ran off through the back door.")
    assert not _rescued(text)
    assert not any("rescued" in counts for counts in _counts(text))


def test_workers_who_broke_free_by_themselves_are_no_rescue() -> None:
    assert not _rescued("Some 12 Lao workers broke free from a compound near Tachileik on Friday.")


def test_people_helped_to_break_free_are_still_rescued() -> None:
    text = "Soldiers helped 25 Thai workers break free from a compound near Myawaddy on Sunday."
    assert ("TH", 25) in _rescued(text)


def test_people_freed_after_a_relative_clause_on_their_escape_are_still_rescued() -> None:
    text = "Nine Nepali workers who broke free from the compound were later freed by police in Bokeo."
    assert ("NP", 9) in _rescued(text)

"""A verb of an act that takes a number of its own right after it ("... and freed three") is the
verb of that number, not of people counted before it: where the search for a count's verb runs
past the count into the next clause, such a verb ends the search and the count gets no act, rather
than the act of others. Made-up texts (invented towns and numbers)."""

from tests.unit.test_news_extraction import facts, run


def edges(text: str) -> set[tuple[str, str, object]]:
    return {(rel, target, count) for rel, _source, target, count in facts(run(text)) if rel != "OCCURRED_AT"}


def test_the_next_verb_with_its_own_number_does_not_take_the_count() -> None:
    found = edges("Officers in Port Velan said that they had since detained about 14 more Bolivians "
                  "and freed three for their return this week.")
    assert not any(count == 14 for rel, _target, count in found if rel == "RESCUED")


def test_a_verb_after_the_count_with_no_number_of_its_own_still_governs_it() -> None:
    found = edges("About 14 Bolivians who had been held in a villa in Port Velan were freed on Friday.")
    assert ("RESCUED", "BO", 14) in found


def test_a_passive_verb_after_the_count_still_governs_it() -> None:
    found = edges("Police in Port Velan said 31 Bolivians were rescued on Friday from a gated compound.")
    assert ("RESCUED", "BO", 31) in found

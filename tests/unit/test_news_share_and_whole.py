"""A share of people and the whole it belongs to, told with the same nationality side by side,
are one group: the act counts the whole, not their sum (audit 32, page i07: a number of wanted
men among the detained told twice, once after a word of inclusion and once before a word of
totalling, each time added onto the total). A share opened by "including" right after its whole,
or a total opened by a form of "total" right after its share, adds nothing; a list of different
people and a share of a whole that names no nationality still add up as before. Sentences are
made up."""

from tests.unit.test_news_extraction import facts, run


def _arrested(text: str) -> set[tuple[str, object]]:
    return {(target, count) for rel, _, target, count in facts(run(text)) if rel == "ARRESTED"}


def test_a_share_after_including_is_within_its_whole() -> None:
    counted = _arrested("Police in Velmora arrested 240 Laotian workers, including 31 Laotian recruiters, on Tuesday.")
    assert ("LA", 240) in counted
    assert ("LA", 271) not in counted


def test_a_share_of_the_second_item_of_a_list_stays_within_it() -> None:
    text = "Officers in Velmora arrested 50 Laotians and 18 Peruvians, including six Peruvian women, on Tuesday."
    counted = _arrested(text)
    assert {("LA", 50), ("PE", 18)} <= counted
    assert ("PE", 24) not in counted


def test_a_total_after_its_share_is_the_whole() -> None:
    text = ("Officers in Velmora arrested 31 Laotian recruiters, totalling 240 Laotian citizens with their "
            "staff, and 96 Peruvians on Tuesday.")
    counted = _arrested(text)
    assert {("LA", 240), ("PE", 96)} <= counted
    assert ("LA", 271) not in counted


def test_items_of_a_list_still_add_up() -> None:
    assert ("CL", 9) in _arrested("Officers in Velmora arrested eight Chilean men and one Chilean woman on Tuesday.")


def test_parts_of_a_whole_with_no_nationality_still_add_up() -> None:
    text = "Officers in Velmora arrested 60 people, including 14 Laotian men and three Laotian women, on Tuesday."
    assert ("LA", 17) in _arrested(text)

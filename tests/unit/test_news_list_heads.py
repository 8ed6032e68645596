"""A counted item of a list after one verb is that verb's object ("arrested 30 Bolivians and 20
Chileans and deported them": the 20 were arrested too, and "them" are all 50); an item with a verb group of its own
("and 20 Chileans were deported") keeps that verb. Made-up texts."""

from tests.unit.test_news_extraction import facts, run


def edges(text: str) -> set[tuple[str, str, object]]:
    return {(rel, target, count) for rel, _source, target, count in facts(run(text)) if rel != "OCCURRED_AT"}


def test_a_later_item_shares_the_verb_before_the_list() -> None:
    found = edges("Police in Manila arrested 30 Bolivians and 20 Chileans on Monday and deported them.")
    assert ("ARRESTED", "CL", 20) in found
    assert {("DEPORTED", "BO", 30), ("DEPORTED", "CL", 20)} <= found  # ("and deported them": all those counted)


def test_a_three_item_list_shares_its_verb() -> None:
    found = edges("Police in Manila arrested 30 Bolivians, 12 Peruvians and 20 Chileans on Monday and deported them.")
    assert {("ARRESTED", "PE", 12), ("ARRESTED", "CL", 20)} <= found


def test_an_item_with_its_own_verb_group_keeps_it() -> None:
    found = edges("Police in Manila arrested 30 Bolivians on Monday and 20 Chileans were deported on Tuesday.")
    assert ("DEPORTED", "CL", 20) in found

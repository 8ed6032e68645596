"""A comma followed by a subject pronoun ("..., they are still stuck within X") opens a clause with a
subject of its own: a place named in it is not where the event of the clause before happened
(111). A place in the event's own clause still places it."""

from tests.unit.test_news_extraction import facts, run


def _places(text: str) -> set[tuple[str, str]]:
    return {(fact[1], fact[2]) for fact in facts(run(text)) if fact[0] == "OCCURRED_AT"}


def test_the_place_of_the_pronouns_clause_is_not_the_escapes() -> None:
    found = _places("Although the 40 workers have escaped the compound, they are still stuck within Laos.")
    assert not [pair for pair in found if pair[0].startswith("escape")]


def test_a_place_in_the_escapes_own_clause_still_places_it() -> None:
    found = _places("The 40 workers escaped the compound in Laos last week.")
    assert any(pair[0].startswith("escape") for pair in found)

"""A name, a comma and words running to "in <place>" tell where the named thing is only when those words
are an apposition ("X, a charity based in Y"). When a finite verb stands among them they are a clause
of their own: "According to X, the group was in Y" tells where the group was, not the source."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import run


def _located(text: str) -> set[tuple[str, str]]:
    batch = run(text)
    return {(batch.nodes[e.source].name, batch.nodes[e.target].name) for e in batch.edges if e.type is RelType.LOCATED_IN}


def test_a_source_before_a_clause_is_not_in_its_place() -> None:
    assert _located("According to Marlow News Agency, the group was held in Laos for three weeks.") == set()


def test_a_source_before_a_clause_with_have_is_not_in_its_place() -> None:
    assert _located("According to Marlow News Agency, the victims have stayed in Laos since March.") == set()


def test_an_apposition_still_places_the_organization() -> None:
    assert _located("Food was provided by the Bright Lantern Foundation, a charity based in Myanmar.") == {
        ("Bright Lantern Foundation", "Myanmar")}

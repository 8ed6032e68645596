"""An operation counted across many countries ("2,140 arrests across 18 countries", "Police in
12 countries arrested 400") happened in no one town: the town a later sentence names for one of
its local acts is not where the whole count was made."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def _placed_counts(text: str) -> list[tuple[str, dict]]:
    batch = run(text)
    placed = {e.source for e in batch.edges if e.type is RelType.OCCURRED_AT}
    return [(n.name, {k: v for k, v in n.properties.items() if k.startswith("count_")})
            for k, n in batch.nodes.items() if n.label is Label.EVENT and k in placed]


def test_a_count_across_countries_is_placed_in_no_later_town() -> None:
    placed = _placed_counts("A crackdown code-named Operation Grey Heron ended with 2,140 arrests across 18 countries, "
                            "the agency said on Monday. In Kigali, officers raided a rented villa and caught a suspected "
                            "ringleader of a romance fraud gang.")
    assert not [name for name, counts in placed if counts.get("count_arrested") == 2140]


def test_police_in_many_countries_arrest_in_no_one_of_them() -> None:
    placed = _placed_counts("Interpol said police in 15 countries arrested 500 people. In Chile, following a long "
                            "probe, police seized fake notes, arrested 45 suspects and froze 60 bank accounts.")
    assert not [name for name, counts in placed if counts.get("count_arrested") == 500]

"""An unknown name after a landmark and "in" is the town the landmark stands in ("the Lotown
Friendship Airport (LFA) in Arvale"); a name the gazetteer knows keeps its own kind, and a name
with a place word of its own ("in Aichi Prefecture") or a possessive after it is read elsewhere."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import names, run


def test_an_unknown_name_after_a_landmark_and_in_is_its_town() -> None:
    batch = run("The workers landed at the Sanvale International Airport (SIA) in Arvale on Monday.\n")
    assert "Arvale" in names(batch, Label.LOCATION)
    batch = run("They walked across the Friendship Bridge in Lotown on Monday.\n")
    assert any(e.type is RelType.LOCATED_IN and batch.nodes[e.target].name == "Lotown" for e in batch.edges)


def test_other_names_after_in_are_not_taken() -> None:
    batch = run("The workers met Minister Arvale in Lotown on Monday.\n")
    assert "Lotown" not in names(batch, Label.LOCATION)

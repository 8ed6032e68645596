"""A second verb joined to the first by "and" shares the first one's people only where it has no
people of its own: "rescued 40 Indians held in compounds and arrested six agents" arrested six
agents, not the 40 Indians."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def test_a_second_verb_with_its_own_number_does_not_take_the_first_ones_people() -> None:
    batch = run("State police said on Friday they had freed more than 52 Nepali nationals held in fraud camps in Laos "
                "and arrested three brokers, including a foreign national.")
    events = {n.properties["type"]: n for n in batch.nodes.values() if n.label is Label.EVENT}
    assert events["rescue"].properties.get("count_rescued") == 52
    assert [e.type for e in batch.edges if e.target == "nationality:NP" and e.type is not RelType.MENTIONS] \
        == [RelType.RESCUED]
    assert "count_arrested" not in events["arrest"].properties

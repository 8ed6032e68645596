""""<person> and his delegation": the person leads the delegation, which represents the state
whose office the person holds; the delegation has no name but its leader's, so the kind words
of the next list item ("and officials from ...") do not name it."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run

_MEETING = ("A meeting was held, attended by Thai officials, Indian Ambassador to Thailand Pranav Ganesh and "
            "his delegation, and officials from the Mae Sot Border Checkpoint.")


def test_the_person_leads_his_delegation() -> None:
    graph = run(_MEETING)
    delegations = [n for n in graph.nodes.values() if n.label is Label.DELEGATION]
    assert [d.name for d in delegations] == ["Delegation led by Pranav Ganesh"]
    ties = {(e.type, graph.nodes[e.source].name, graph.nodes[e.target].name) for e in graph.edges if e.type in {RelType.LEADS, RelType.REPRESENTS}}
    assert (RelType.LEADS, "Pranav Ganesh", "Delegation led by Pranav Ganesh") in ties
    assert (RelType.REPRESENTS, "Delegation led by Pranav Ganesh", "India") in ties

"""A body after "with" in a passive sentence of doing ("was conducted with") took part in the act
rather than carrying it out (English grammar: the doer of a passive verb is its "by" agent).
Examples are made up."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def _agency_edges(text: str) -> set[tuple[str, str]]:
    batch = run(text)
    return {(e.type.value, batch.nodes[e.source].name) for e in batch.edges
            if e.type in {RelType.CONDUCTED, RelType.PARTICIPATED_IN} and e.source in batch.nodes
            and batch.nodes[e.source].label is Label.AGENCY}


def test_a_partner_after_conducted_with_took_part() -> None:
    found = _agency_edges("Agents of the Bureau of Immigration arrested six Chinese nationals in Pasig on May 3. "
                          "The sweep was conducted jointly with the National Bureau of Investigation.")
    assert ("PARTICIPATED_IN", "National Bureau of Investigation") in found
    assert ("CONDUCTED", "National Bureau of Investigation") not in found


def test_the_by_agent_of_conducted_still_carried_it_out() -> None:
    found = _agency_edges("A raid on a call centre in Pasig was conducted by the National Bureau of Investigation "
                          "on May 3.")
    assert ("CONDUCTED", "National Bureau of Investigation") in found

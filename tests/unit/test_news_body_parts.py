"""The head of a body's part ("head of the Immigration Bureau's third division") works for the
body and does not lead it; the head of the body itself ("head of the Immigration Bureau") and
a title after the possessive ("the Immigration Bureau's chief") still lead it. A body the person
speaks to ("told Parliament") is no employer."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import run


def _ties(text: str) -> set[tuple[str, str, str]]:
    graph = run(text)
    return {(e.type.value, graph.nodes[e.source].name, graph.nodes[e.target].name)
            for e in graph.edges if e.type in {RelType.LEADS, RelType.WORKS_FOR}}


def test_the_head_of_a_division_works_for_the_bureau() -> None:
    ties = _ties("Twelve Chinese were arrested in Bangkok, according to Pol Maj-Gen Chairith Anurith, "
                 "head of the Immigration Bureau's third division.")
    assert ("WORKS_FOR", "Chairith Anurith", "Immigration Bureau") in ties
    assert ("LEADS", "Chairith Anurith", "Immigration Bureau") not in ties


def test_the_head_of_the_bureau_leads_it() -> None:
    ties = _ties("Twelve Chinese were arrested in Bangkok, according to Pol Maj-Gen Chairith Anurith, "
                 "head of the Immigration Bureau.")
    assert ("LEADS", "Chairith Anurith", "Immigration Bureau") in ties


def test_the_body_a_minister_told_is_not_his_employer() -> None:
    ties = _ties("Hundreds of Ugandans remain stranded abroad, Mr John Mulimba, the State Minister for "
                 "Regional Affairs told Parliament.")
    assert not any(person == "John Mulimba" and body == "Parliament" for _rel, person, body in ties)


def test_a_body_named_in_the_apposition_before_said_is_still_his() -> None:
    ties = _ties("Chrispin Phiri, spokesperson for the Philippine National Police, said 20 Filipinos were rescued.")
    assert ("WORKS_FOR", "Chrispin Phiri", "Philippine National Police") in ties

"""The Philippine gaming regulator, PAGCOR, is a state body (a government-owned corporation
that licenses gaming): it is an agency of the Philippines, whole under either form of its name,
and a sentence about a permit it did not grant does not make it engage in online gambling."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def test_the_regulator_is_a_philippine_agency_and_runs_no_gambling() -> None:
    graph = run("PAOCC spokesperson Winston Casio said the firm possessed no permit to operate online gambling "
                "from the Philippine Amusement and Gaming Corporation, or PAGCOR.")
    bodies = {n.name: n for n in graph.nodes.values() if n.name.startswith("Philippine Amusement")}
    assert [(b.label, b.properties.get("country")) for b in bodies.values()] == [(Label.AGENCY, "PH")]
    assert not any(e.type is RelType.ENGAGED_IN and graph.nodes[e.source].name in bodies for e in graph.edges)


def test_the_short_corp_form_is_the_whole_body() -> None:
    graph = run("Immigration officers cancelled the workers' permits when the Philippine Amusement and Gaming Corp. "
                "(PAGCOR) withdrew the licence of the firm that hired them.")
    names = {n.name for n in graph.nodes.values() if n.label is Label.AGENCY}
    assert "Philippine Amusement and Gaming Corporation" in names

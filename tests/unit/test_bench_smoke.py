"""The benchmark generator at its smallest size: shape checks and one pass of the analysis suite.

Benchmarks themselves are not run by the test command (``python -m bench ...``)."""

from collections import Counter

from bench.generator import batches, graph, scam_network
from scamgraph.analysis.links import run_all


def test_the_generator_goes_through_the_real_loader_and_has_the_expected_shape() -> None:
    documents = scam_network(1000, seed=3)
    assert scam_network(1000, seed=3) == documents  # seeded
    loaded = batches(documents)
    assert all(not b.problems for b in loaded)
    g = graph(documents)
    labels = Counter(d["label"] for _, d in g.nodes(data=True))
    assert labels["Person"] > 500 and labels["Site"] >= 3 and labels["Nationality"] >= 20
    people = [d for _, d in g.nodes(data=True) if d["label"] == "Person"]
    assert sum(d.get("role_class") == "victim" for d in people) > len(people) / 2  # most workers are victims
    phones = [n for n, d in g.nodes(data=True) if d.get("kind") == "phone"]
    assert max(g.in_degree(p) for p in phones) >= 10  # identifiers reused across victim reports
    degrees = sorted((d for _, d in g.degree()), reverse=True)
    assert degrees[0] > 20 * degrees[len(degrees) // 2]  # heavy-tailed
    assert run_all(g)["graph"]["entities"] > 900

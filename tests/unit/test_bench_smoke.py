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


def test_the_store_growth_probe_splits_the_cost_and_profiles_the_operators() -> None:
    from bench.store_growth import measure

    found = measure(20, probe=3)
    assert found["reports"] == 20 and found["client"] > 0 and found["server"] > 0
    assert "Create" in found["operators"] and all(us >= 0 for us in found["operators"].values())

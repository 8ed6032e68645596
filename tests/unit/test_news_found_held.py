"""People found in a raid and then arrested, detained or rescued are keyed by the act done to them;
people found and neither held nor freed keep the finding."""

from scamgraph.loaders.news.found_held import drop_found_then_held
from scamgraph.model import Edge, RelType
from tests.unit.test_news_extraction import facts, run


def _edges(*rows: tuple[RelType, int | None]) -> dict[tuple[str, str, str], Edge]:
    built = [Edge(rel, "event:raid", "nationality:PE", (), {} if n is None else {"count": n}) for rel, n in rows]
    return {(e.source, e.type, e.target): e for e in built}


def test_found_then_arrested_keeps_the_arrest_only() -> None:
    text = ("Police raided a hotel in Lima on Tuesday. Officers found 14 Chilean men in six rooms on the "
            "third floor. The 14 Chilean men were arrested.\n")
    found = facts(run(text))
    assert any(f[0] == "ARRESTED" and f[2:] == ("CL", 14) for f in found)
    assert not any(f[0] == "FOUND" and f[2] == "CL" for f in found)


def test_found_and_not_held_keeps_the_finding() -> None:
    text = "Police raided a compound in Lima on Tuesday and found 230 foreigners, including 120 Chileans.\n"
    assert any(f[0] == "FOUND" and f[2:] == ("CL", 120) for f in facts(run(text)))


def test_only_the_same_number_is_the_same_people() -> None:
    edges = _edges((RelType.FOUND, 20), (RelType.DETAINED, 12))
    drop_found_then_held(edges)
    assert len(edges) == 2
    edges = _edges((RelType.FOUND, 12), (RelType.DETAINED, 12))
    drop_found_then_held(edges)
    assert [e.type for e in edges.values()] == [RelType.DETAINED]
    edges = _edges((RelType.FOUND, None), (RelType.ARRESTED, None))
    drop_found_then_held(edges)
    assert len(edges) == 2


def test_the_number_found_goes_with_the_finding() -> None:
    text = ("Police raided a hotel in Lima on Tuesday. Officers found 14 Chilean men in six rooms on the "
            "third floor. The 14 Chilean men were arrested.\n")
    nodes = run(text).to_dict()["nodes"]
    counts = [n["properties"]["counts"] for n in nodes if n["label"] == "Event" and n["properties"].get("counts")]
    assert any(c.get("arrested") == 14 for c in counts)
    assert not any("found" in c for c in counts)


def test_a_number_found_of_more_people_stays() -> None:
    text = ("Police raided a hotel in Lima on Tuesday and found 30 people, including 14 Chilean men. "
            "The 14 Chilean men were arrested.\n")
    nodes = run(text).to_dict()["nodes"]
    counts = [n["properties"]["counts"] for n in nodes if n["label"] == "Event" and n["properties"].get("counts")]
    assert any(c.get("found") == 30 for c in counts)


def test_a_rescue_told_first_is_the_raid_that_found_them() -> None:
    text = ("Chilean police rescued at least 30 Bolivians who were being held by a gang.\n\n"
            "Officers found the 34 Bolivian nationals during a raid on a warehouse in Arica on March 3.\n")
    found = facts(run(text))
    assert ("RESCUED", "raid@2026-03-03", "BO", 34) in found
    assert not any(f[0] == "FOUND" for f in found)
    assert not any(f[1].startswith("rescue@") for f in found)  # one act, told twice


def test_a_rescue_of_other_people_stays_apart() -> None:
    text = ("Chilean police rescued 12 Peruvians from a boat last year.\n\n"
            "Officers found 34 Bolivian nationals during a raid on a warehouse in Arica on March 3.\n")
    found = facts(run(text))
    assert ("FOUND", "raid@2026-03-03", "BO", 34) in found
    assert any(f[0] == "RESCUED" and f[2] == "PE" for f in found)

"""Exports read back with the same nodes, edges and attributes; redaction leaves no victim's name."""

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest

from scamgraph.exports import FORMATS, export
from scamgraph.exports.redaction import Redaction
from scamgraph.graph.values import spreadsheet_safe
from scamgraph.loaders.ftm import load as load_ftm
from tests.reports import example_graph

RAID = "event:raid-on-building-outside-phnom-penh-2025-10-15"
VICTIM = "person:nguyen-thi-mai"
# What must not survive a redacted export: the name, its slug, a name part used alone, the phone
# however it is spaced.
SECRETS = ("Nguyen Thi Mai", "nguyen-thi-mai", "Mai told", "84901234567", "090 123 4567")


def with_victim() -> nx.MultiDiGraph:
    """The example graph plus a named victim with a phone only she used, quoted in two ways."""
    graph = example_graph()
    graph.add_node(VICTIM, label="Person", name="Nguyen Thi Mai", role_class="victim", aliases=["Mai N."])
    graph.add_node("identifier:phone-84901234567", label="Identifier", name="phone:+84901234567", kind="phone",
                   value="+84901234567")
    graph.add_node("site:thi-mai-guesthouse", label="Site", name="Golden Lotus guesthouse")
    graph.add_edge(RAID, VICTIM, type="RESCUED", report="report:v", quote="Nguyen Thi Mai was rescued in the raid")
    graph.add_edge(VICTIM, "identifier:phone-84901234567", type="USES", report="report:v",
                   quote="Mai told police her number, 090 123 4567, was taken")
    graph.add_edge(VICTIM, "nationality:VN", type="HAS_NATIONALITY", report="report:v", quote="a Vietnamese woman")
    return graph


def exported_text(path: Path) -> str:
    """Everything an export wrote, a folder's files included."""
    if path.is_dir():
        return "\n".join(p.read_text() for p in sorted(path.iterdir()))
    return path.read_text() if path.name != "import.sh" else exported_text(path.parent)


def test_graphml_and_node_link_json_round_trip(tmp_path: Path) -> None:
    graph = example_graph()
    back = nx.read_graphml(export(graph, "graphml", tmp_path / "g.graphml"))
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert back.nodes[RAID]["label"] == "Event" and back.nodes["nationality:KR"]["iso2"] == "KR"
    counts = sorted(d.get("count") for _, t, d in back.edges(data=True) if t == "nationality:KR" and d.get("count"))
    assert 57 in counts
    data = json.loads(export(graph, "json", tmp_path / "g.json").read_text())
    again = nx.node_link_graph(data, edges="links")
    assert (again.number_of_nodes(), again.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert dict(again.nodes(data=True)) == dict(graph.nodes(data=True))
    assert nx.read_gexf(export(graph, "gexf", tmp_path / "g.gexf")).number_of_nodes() == graph.number_of_nodes()


def test_ftm_output_reimports_to_the_same_entities(tmp_path: Path) -> None:
    graph = example_graph()
    batch = load_ftm(export(graph, "ftm", tmp_path / "g.ftm.json"))
    assert not batch.problems
    wanted = {n for n, d in graph.nodes(data=True) if d.get("label") in {"Person", "Organization", "Agency", "Site"}}
    assert wanted <= set(batch.nodes)
    directs = {(e.source, e.target) for e in batch.edges if e.type.value == "DIRECTS"}
    assert ("person:chen-zhi", "organization:prince-group") in directs


def test_stix_bundle_passes_the_validator_and_parses(tmp_path: Path) -> None:
    import stix2
    from stix2validator import ValidationOptions, validate_file

    graph = with_victim()
    path = export(graph, "stix", tmp_path / "g.stix.json")
    result = validate_file(str(path), ValidationOptions(version="2.1"))
    assert result.is_valid, [str(e) for o in result.object_results for e in o.errors]
    parsed = stix2.parse(path.read_text(), allow_custom=True)
    by_key = {o.get("x_scamgraph_key"): o for o in parsed.objects if o.get("x_scamgraph_key")}
    assert by_key["person:chen-zhi"].type == "threat-actor"  # directs a sanctioned group
    assert by_key[VICTIM].type == "identity" and by_key[VICTIM].roles == ["victim"]
    assert by_key["identifier:phone-84901234567"].pattern == "[x-phone:value = '+84901234567']"
    domain = next(k for k, d in graph.nodes(data=True) if d.get("kind") == "domain")
    assert by_key[domain].pattern.startswith("[domain-name:value = '")
    reports = [o for o in parsed.objects if o.type == "report"]
    assert len(reports) == sum(1 for _, d in graph.nodes(data=True) if d.get("label") == "Report")
    assert all(ref in {o.id for o in parsed.objects} for r in reports for ref in r.object_refs)
    rescued = [o for o in parsed.objects if o.type == "relationship" and o.get("x_scamgraph_type") == "RESCUED"
               and o.target_ref == by_key[VICTIM].id]
    assert rescued and rescued[0].description == "Nguyen Thi Mai was rescued in the raid"
    again = export(graph, "stix", tmp_path / "again.stix.json").read_text()
    assert again == path.read_text()  # same graph, same ids: platforms update instead of duplicating


def test_neo4j_admin_csv_has_typed_headers_and_quoted_strings(tmp_path: Path) -> None:
    graph = with_victim()
    script = export(graph, "csv-neo4j-admin", tmp_path / "admin")
    arrested = (tmp_path / "admin" / "relationships-ARRESTED.csv").read_text().splitlines()
    assert arrested[0].startswith('":START_ID",":END_ID",":TYPE"') and '"count:long"' in arrested[0]
    people = (tmp_path / "admin" / "nodes-Person.csv").read_text()
    assert '"aliases:string[]"' in people and '"Mai N."' in people
    text = script.read_text()
    assert "database import full" in text and "--nodes=nodes-Person.csv" in text and "--array-delimiter=" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_victim_name_survives_redaction(tmp_path: Path, fmt: str) -> None:
    graph = with_victim()
    text = exported_text(export(graph, fmt, tmp_path / f"r.{fmt}", redact_victims=True))
    for secret in SECRETS:
        assert secret.casefold() not in text.casefold(), (fmt, secret)
    assert "Golden Lotus guesthouse" in text or fmt == "stix" and "Golden Lotus" in text
    plain = exported_text(export(graph, fmt, tmp_path / f"plain.{fmt}"))
    assert "Nguyen Thi Mai" in plain  # only when asked


def test_redaction_keeps_the_structure() -> None:
    graph = with_victim()
    graph.add_node("site:mai-park", label="Site", name="Mai Park")
    graph.add_edge(RAID, "site:mai-park", type="TARGETED", report="report:v", quote="the raid on Mai Park, where Mai worked")
    redaction = Redaction(graph)
    masked = redaction.graph()
    alias = redaction.key(VICTIM)
    assert alias.startswith("victim:") and masked.nodes[alias]["name"] == alias.replace(":", " ")
    assert set(masked.predecessors(alias)) == {RAID}  # still rescued in that raid
    assert "nationality:VN" in set(masked.successors(alias))
    assert "identifier:phone-84901234567" in redaction.dropped  # only she used it
    assert not redaction.dropped & set(masked) and "identifier:phone-84901234567" not in masked
    dropped_edges = sum(graph.degree(n) for n in redaction.dropped)
    assert masked.number_of_nodes() == graph.number_of_nodes() - len(redaction.dropped)
    assert masked.number_of_edges() == graph.number_of_edges() - dropped_edges
    # another entity's own name keeps a shared name part; the part standing alone is masked
    assert masked.nodes["site:mai-park"]["name"] == "Mai Park"
    quotes = [d["quote"] for _, t, d in masked.edges(data=True) if d.get("type") == "TARGETED" and "Park" in d["quote"]]
    assert quotes == ["the raid on Mai Park, where [victim] worked"]


def test_neo4j_admin_export_replaces_only_what_an_earlier_one_wrote(tmp_path: Path) -> None:
    graph = example_graph()
    folder = tmp_path / "admin"
    graph.add_node("stale:one", label="Stale", name="Stale")
    export(graph, "csv-neo4j-admin", folder)
    assert (folder / "nodes-Stale.csv").is_file()
    graph.remove_node("stale:one")
    export(graph, "csv-neo4j-admin", folder)  # the earlier export's own file goes, nothing is left over
    assert not (folder / "nodes-Stale.csv").exists() and (folder / "import.sh").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["admin"]  # no temporary folder left beside it
    assert set((folder / ".scamgraph-export").read_text().split()) == {p.name for p in folder.iterdir()} - {
        ".scamgraph-export"}


def test_neo4j_admin_export_never_deletes_what_it_did_not_write(tmp_path: Path) -> None:
    """A folder with an import.sh is not an export: the user's notes and evidence stay."""
    graph = example_graph()
    folder = tmp_path / "case"
    (folder / "evidence").mkdir(parents=True)
    (folder / "import.sh").write_text("# my own script\n")
    (folder / "notes.txt").write_text("keep me")
    (folder / "evidence" / "photo.jpg").write_bytes(b"\xff\xd8 photo")
    with pytest.raises(ValueError, match="holds files no scamgraph export wrote"):
        export(graph, "csv-neo4j-admin", folder)
    assert (folder / "notes.txt").read_text() == "keep me"
    assert (folder / "evidence" / "photo.jpg").read_bytes() == b"\xff\xd8 photo"
    assert (folder / "import.sh").read_text() == "# my own script\n"
    export(graph, "csv-neo4j-admin", tmp_path / "fresh")
    (tmp_path / "fresh" / "notes.txt").write_text("added later")  # a foreign file in an earlier export
    manifest = tmp_path / "fresh" / ".scamgraph-export"
    manifest.write_text(manifest.read_text() + "notes.txt\n../case/notes.txt\n")  # an edited manifest
    with pytest.raises(ValueError, match="notes.txt"):
        export(graph, "csv-neo4j-admin", tmp_path / "fresh")
    assert (tmp_path / "fresh" / "notes.txt").read_text() == "added later"
    assert (folder / "notes.txt").read_text() == "keep me"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert export(graph, "csv-neo4j-admin", empty).name == "import.sh"


def test_neo4j_admin_csv_neutralizes_formulas_but_not_typed_numbers(tmp_path: Path) -> None:
    graph = with_victim()
    graph.add_node("person:formula", label="Person", name="=HYPERLINK(\"http://x\")", age=-5, score=-0.5,
                   aliases=["@boss", "+1 trick", "plain"])
    graph.add_edge("person:formula", RAID, type="PARTICIPATED_IN", report="report:v", quote="-2+3 said =cmd", count=-1)
    export(graph, "csv-neo4j-admin", tmp_path / "admin")
    people = (tmp_path / "admin" / "nodes-Person.csv").read_text()
    assert '"\'=HYPERLINK(""http://x"")"' in people and "'@boss" in people and "'+1 trick" in people
    assert ",-5," in people and ",-0.5" in people  # typed columns stay numbers
    cells = [cell for line in (tmp_path / "admin").glob("*.csv") for row in csv.reader(line.open()) for cell in row]
    for cell in cells:
        for part in re.split("[;|\u00a6\u001f]", cell):
            assert spreadsheet_safe(part) == part, cell  # nothing left that a spreadsheet would run

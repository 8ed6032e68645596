"""The graph in the formats analysts hand their work on in: GraphML and GEXF (Gephi, yEd),
node-link JSON, CSV for ``neo4j-admin database import``, FollowTheMoney entities (Aleph,
OpenSanctions tooling) and STIX 2.1 (threat-intelligence platforms).

``export(graph, fmt, path, redact_victims=False)`` takes the ``MultiDiGraph`` of
``store.to_networkx()`` (so every analysis filter applies) and writes one file (a folder for
``csv-neo4j-admin``). With ``redact_victims``, people recorded as victims keep their place in the
structure but lose their names, quotes and identifiers (``graph.redaction``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx

from scamgraph.exports.redaction import redact

__all__ = ["FORMATS", "export", "flat", "written"]

FORMATS = ("graphml", "gexf", "json", "csv-neo4j-admin", "ftm", "stix", "geojson")

_FTM_SCHEMA = {"Person": "Person", "Organization": "Organization", "Agency": "PublicBody", "Site": "RealEstate",
               "Location": "Address"}
_FTM_LINKS = {"OWNS": ("Ownership", "owner", "asset"), "DIRECTS": ("Directorship", "director", "organization"),
              "WORKS_FOR": ("Employment", "employee", "employer"), "MEMBER_OF": ("Membership", "member", "organization"),
              "ASSOCIATED_WITH": ("UnknownLink", "subject", "object")}


def flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Attributes GraphML and GEXF can hold: scalars only (lists as JSON text, None dropped)."""
    out = nx.MultiDiGraph()

    def clean(data: dict[str, Any]) -> dict[str, Any]:
        return {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict, set, tuple)) else v)
                for k, v in data.items() if v is not None}

    out.add_nodes_from((n, clean(d)) for n, d in graph.nodes(data=True))
    out.add_edges_from((a, b, k, clean(d)) for a, b, k, d in graph.edges(keys=True, data=True))
    return out


def _ftm_lines(graph: nx.MultiDiGraph) -> list[str]:
    from followthemoney import model

    lines, ids = [], {}
    for node, data in graph.nodes(data=True):
        schema = _FTM_SCHEMA.get(str(data.get("label")))
        if schema is None:
            continue
        proxy = model.make_entity(schema)
        proxy.id = data.get("ftm_id") or node.replace(":", "-")
        proxy.add("name", str(data.get("name", node)))
        if schema == "Address" and data.get("country"):
            proxy.add("country", str(data["country"]).lower())
        ids[node] = proxy.id
        lines.append(json.dumps(proxy.to_dict(), ensure_ascii=False))
    for source, target, data in graph.edges(data=True):
        link = _FTM_LINKS.get(str(data.get("type")))
        if link is None or source not in ids or target not in ids:
            continue
        schema, from_prop, to_prop = link
        proxy = model.make_entity(schema)
        proxy.id = hashlib.sha256(f"{source}|{data.get('type')}|{target}|{data.get('report')}".encode()).hexdigest()[:20]
        proxy.add(from_prop, ids[source])
        proxy.add(to_prop, ids[target])
        if data.get("quote"):
            proxy.add("summary", str(data["quote"]))
        lines.append(json.dumps(proxy.to_dict(), ensure_ascii=False))
    return lines


def export(graph: nx.MultiDiGraph, fmt: str, path: Path, *, redact_victims: bool = False) -> Path:
    """Write ``graph`` as ``fmt`` (one of FORMATS) to ``path``, through a temporary file (for
    ``csv-neo4j-admin``, ``path`` is a folder and the returned path its ``import.sh``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
    view = redact(graph) if redact_victims else graph
    if fmt == "csv-neo4j-admin":
        from scamgraph.exports.neo4j_admin import write_import

        return write_import(view, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A temporary file made with O_EXCL and written through its descriptor: in a folder other
    # users can write to, a link planted at a predictable name cannot redirect the export.
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            _write(view, fmt, out)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return path


def _write(view: nx.MultiDiGraph, fmt: str, out: BinaryIO) -> None:
    """Write one single-file format to an open binary file."""
    if fmt == "graphml":
        nx.write_graphml(flat(view), out)
    elif fmt == "gexf":
        nx.write_gexf(flat(view), out)
    elif fmt == "json":
        out.write((json.dumps(nx.node_link_data(view, edges="links"), ensure_ascii=False, default=list) + "\n").encode())
    elif fmt == "stix":
        from scamgraph.exports.stix import bundle

        out.write((bundle(view).serialize(pretty=True) + "\n").encode())
    elif fmt == "geojson":  # places, sites, events and flows of people (scamgraph.exports.geojson)
        from scamgraph.exports.geojson import feature_collection

        out.write((json.dumps(feature_collection(view), ensure_ascii=False, indent=1) + "\n").encode())
    else:
        out.write(("\n".join(_ftm_lines(view)) + "\n").encode())


def written(fmt: str, path: Path, graph: nx.MultiDiGraph) -> str:
    """What an export holds, in words, counted from the file itself where the format keeps only
    part of the graph (FtM has no schema for events or nationalities; STIX makes its own objects)."""
    if fmt == "ftm":
        schemas = [json.loads(line)["schema"] for line in path.read_text("utf-8").splitlines() if line.strip()]
        links = sum(1 for s in schemas if s in {link[0] for link in _FTM_LINKS.values()})
        return f"{len(schemas) - links} entities, {links} links"
    if fmt == "stix":
        objects = json.loads(path.read_text("utf-8")).get("objects", [])
        links = sum(1 for o in objects if o.get("type") == "relationship")
        return f"{len(objects) - links} STIX objects, {links} relationships"
    return f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"

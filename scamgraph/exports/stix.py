"""The graph as a STIX 2.1 bundle, for threat-intelligence platforms (OpenCTI, MISP, TAXII feeds).

How our labels map (STIX has no "scam compound" or "raid", so the nearest objects are used and the
original label is kept in ``x_scamgraph_label``):

- suspects (people or organizations arrested, charged, sanctioned, or who own, operate or direct
  something, or whose role says so) -> ``threat-actor``; other people, organizations, agencies
  and delegations -> ``identity``;
- sites -> ``infrastructure``; identifiers -> ``indicator`` with a STIX pattern (``domain-name``,
  ``url``, ``email-addr``; phones, handles and wallets use the custom object types ``x-phone``,
  ``x-messenger-account`` and ``x-crypto-wallet`` because STIX has none);
- places and nationalities -> ``location`` (with their country; a place whose country nothing
  tells is left out rather than guessed); events -> ``incident``; scam types -> ``attack-pattern``;
- each fact -> a ``relationship`` whose description is the quote (``uses``, ``owns``, ``located-at``,
  ``indicates``, ``duplicate-of`` where STIX defines the verb, else our type in STIX spelling);
- each report -> a ``report`` listing every object it mentions or gives evidence for.

Ids are derived from our keys (a hash laid out as a version-4 UUID, which STIX asks for), so
exporting the same graph twice gives the same ids and a platform updates objects instead of
duplicating them. Our own properties (``x_scamgraph_key``, ``_label``, ``_type``, ``_report``) are
declared by an ``extension-definition`` in the bundle, as STIX 2.1 asks of custom properties.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from typing import Any

import networkx as nx

from scamgraph.analysis.links import SUSPECT_EDGES, is_victim

__all__ = ["bundle"]

_PROPERTIES = ["x_scamgraph_key", "x_scamgraph_label", "x_scamgraph_type", "x_scamgraph_report"]
_CREATOR = "identity--5c0d3a8e-2b1f-4e7a-9c6d-73616d677261"  # scamgraph, as the producer of the export
_EXTENSION = "extension-definition--8e4f3b2a-6d1c-4f5e-a7b9-73636d677278"
_EXTENDED = {_EXTENSION: {"extension_type": "toplevel-property-extension"}}
_SUSPECT_ROLES = {"suspect", "ringleader"}
_VERBS = {("threat-actor", "OPERATES", "infrastructure"): "uses", ("threat-actor", "OWNS", "infrastructure"): "owns",
          "LOCATED_IN": "located-at", "OCCURRED_AT": "located-at", "SAME_AS": "duplicate-of"}
_PATTERNS = {"domain": "domain-name:value", "website": "domain-name:value", "url": "url:value",
             "email": "email-addr:value", "phone": "x-phone:value", "handle": "x-messenger-account:value",
             "iban": "x-bank-account:iban"}


def _id(kind: str, key: str) -> str:
    """The same id for the same key in every export."""
    return f"{kind}--{uuid.UUID(bytes=hashlib.sha256(key.encode()).digest()[:16], version=4)}"


def _is_suspect(graph: nx.MultiDiGraph, node: str) -> bool:
    data = graph.nodes[node]
    if is_victim(graph, node):
        return False
    if data.get("role_class") in _SUSPECT_ROLES or data.get("role") in _SUSPECT_ROLES:
        return True
    types = {d.get("type") for *_, d in graph.in_edges(node, data=True)} | {
        d.get("type") for *_, d in graph.out_edges(node, data=True)}
    return bool(types & SUSPECT_EDGES)


def _kind(graph: nx.MultiDiGraph, node: str) -> str | None:
    label = graph.nodes[node].get("label")
    if label in {"Person", "Organization"}:
        return "threat-actor" if _is_suspect(graph, node) else "identity"
    return {"Agency": "identity", "Delegation": "identity", "Site": "infrastructure", "Identifier": "indicator",
            "Location": "location", "Nationality": "location", "Event": "incident", "ScamType": "attack-pattern",
            "Report": "report"}.get(str(label))


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


def _pattern(data: dict[str, Any]) -> str:
    kind = str(data.get("kind") or "")
    value = str(data.get("value") or data.get("name") or "")
    if ":" in value and kind and value.startswith(kind + ":"):
        value = value.split(":", 1)[1]
    if kind.startswith("wallet-"):
        return (f"[x-crypto-wallet:address = '{_quote(value)}' AND "
                f"x-crypto-wallet:currency = '{_quote(kind.removeprefix('wallet-'))}']")
    if kind in _PATTERNS:
        return f"[{_PATTERNS[kind]} = '{_quote(value)}']"
    return f"[x-messenger-account:value = '{_quote(value)}' AND x-messenger-account:service = '{_quote(kind or 'unknown')}']"


def _country(graph: nx.MultiDiGraph, node: str) -> str | None:
    """A location's country: its own, the gazetteer's for its name, or the first one up its
    LOCATED_IN/PART_OF chain. None when nothing says (STIX needs a country or a region)."""
    from scamgraph.resolve import place_country

    seen = set()
    while node not in seen:
        seen.add(node)
        data = graph.nodes[node]
        name = str(data.get("name", ""))
        code = data.get("iso2") or data.get("country") or place_country(name)
        if code:
            return str(code).upper()
        up = [t for _, t, d in graph.out_edges(node, data=True) if d.get("type") in {"LOCATED_IN", "PART_OF"}]
        if not up:
            return None
        node = up[0]
    return None


def _sdo(stix2: Any, graph: nx.MultiDiGraph, node: str, kind: str, when: str, refs: list[str]) -> Any:
    data = graph.nodes[node]
    common = {"id": _id(kind, node), "created": when, "modified": when, "name": str(data.get("name") or node),
              "allow_custom": True, "extensions": _EXTENDED, "x_scamgraph_key": node,
              "x_scamgraph_label": data.get("label")}
    if kind == "threat-actor":
        types = ["crime-syndicate"] if data.get("label") == "Organization" else ["criminal"]
        return stix2.ThreatActor(threat_actor_types=types, **common)
    if kind == "identity":
        classes = {"Person": "individual", "Delegation": "group"}
        roles = ["victim"] if is_victim(graph, node) else ([str(data["role"])] if data.get("role") else None)
        return stix2.Identity(identity_class=classes.get(str(data.get("label")), "organization"), roles=roles, **common)
    if kind == "infrastructure":
        return stix2.Infrastructure(infrastructure_types=["scam-compound"], **common)
    if kind == "indicator":
        return stix2.Indicator(pattern=_pattern(data), pattern_type="stix", valid_from=when,
                               indicator_types=["malicious-activity"], **common)
    if kind == "location":
        return stix2.Location(country=_country(graph, node), **common)
    if kind == "incident":
        about = ", ".join(str(data[k]) for k in ("type", "date") if data.get(k))
        return stix2.Incident(description=about or None, **common)
    if kind == "attack-pattern":
        return stix2.AttackPattern(**common)
    published = f"{data['published']}T00:00:00Z" if data.get("published") else when
    return stix2.Report(published=published, report_types=["threat-report"], object_refs=refs, **common)


def bundle(graph: nx.MultiDiGraph) -> Any:
    """The STIX 2.1 bundle (a ``stix2.Bundle``; ``.serialize()`` gives its JSON)."""
    import stix2

    dates = [str(d["published"]) for _, d in graph.nodes(data=True) if d.get("published")]
    when = f"{max(dates)}T00:00:00Z" if dates else "1970-01-01T00:00:00Z"
    kinds = {n: k for n in graph if (k := _kind(graph, n)) and (k != "location" or _country(graph, n))}
    refs: dict[str, set[str]] = defaultdict(set)
    relationships = []
    for source, target, data in graph.edges(data=True):
        rel = str(data.get("type"))
        report = data.get("report")
        if rel == "MENTIONS":
            if kinds.get(target) and kinds[target] != "report":
                refs[source].add(_id(kinds[target], target))
            continue
        if source not in kinds or target not in kinds or "report" in (kinds[source], kinds[target]):
            continue
        src, dst = kinds[source], kinds[target]
        if dst == "indicator" and src != "indicator":  # "X uses number N" reads, in STIX, "N indicates X"
            source, target, src, dst = target, source, dst, src
            verb = "indicates"
        else:
            verb = _VERBS.get((src, rel, dst)) or _VERBS.get(rel) or rel.lower().replace("_", "-")
        fact_id = _id("relationship", f"{source}|{rel}|{target}|{report}")
        relationships.append(stix2.Relationship(
            id=fact_id, source_ref=_id(src, source), target_ref=_id(dst, target), relationship_type=verb,
            description=str(data.get("quote") or "") or None, created=when, modified=when,
            allow_custom=True, extensions=_EXTENDED, x_scamgraph_type=rel, x_scamgraph_report=report))
        if report in graph:
            refs[report] |= {_id(src, source), _id(dst, target), fact_id}
    objects = [_sdo(stix2, graph, node, kind, when, sorted(refs[node]))
               for node, kind in kinds.items() if kind != "report" or refs[node]]
    producer = [
        stix2.Identity(id=_CREATOR, name="scamgraph", identity_class="system", created=when, modified=when),
        stix2.ExtensionDefinition(
            id=_EXTENSION, created_by_ref=_CREATOR, name="scamgraph provenance", version="1.0",
            created=when, modified=when, extension_types=["toplevel-property-extension"],
            extension_properties=_PROPERTIES,
            schema="Top-level properties naming where an object comes from in a scamgraph knowledge graph: "
                   "x_scamgraph_key (the entity's key), x_scamgraph_label (its label), x_scamgraph_type "
                   "(the fact's relationship type) and x_scamgraph_report (the key of the report it cites)."),
    ]
    everything = producer + objects + relationships
    return stix2.Bundle(objects=everything, id=_id("bundle", "|".join(sorted(o.id for o in everything))),
                        allow_custom=True)

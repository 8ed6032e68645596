"""FollowTheMoney entity streams (``*.ftm.json`` / ``*.jsonl``, one entity per line), as
OpenSanctions and Aleph export them, read with the ``followthemoney`` library.

Things become nodes, keyed with ``resolve.entity_key`` so that a company in a sanctions list and
the same company in a news article are one node: Person; Organization, Company and LegalEntity;
PublicBody (an Agency); Address (a Location); RealEstate (a Site); CryptoWallet, UserAccount and
phone, e-mail and website values (Identifiers). Interstitial entities become facts: Ownership
(OWNS), Directorship (DIRECTS), Employment (WORKS_FOR), Membership (MEMBER_OF), Associate and
Family (ASSOCIATED_WITH, with the relationship), Occupancy (the holder's role), and Sanction (an
Event of type sanction that TARGETED the entity, CONDUCTED by its authority).

Every node and fact keeps its FtM id (``ftm_id``) and datasets as provenance; the stream file is
the Report. A line that is not JSON, names an unknown schema, or points at an entity the stream
does not hold is skipped with its line number; the rest loads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scamgraph.loaders import read_utf8
from scamgraph.loaders.identifiers import normalize_identifier
from scamgraph.model import (
    Edge,
    Evidence,
    GraphBatch,
    Label,
    ModelError,
    Node,
    RelType,
    make_key,
    report_key,
)
from scamgraph.resolve import country_code, country_name, entity_key

__all__ = ["load", "parse_lines", "THINGS", "LINKS"]

THINGS = {"Person": Label.PERSON, "Organization": Label.ORGANIZATION, "Company": Label.ORGANIZATION,
          "LegalEntity": Label.ORGANIZATION, "PublicBody": Label.AGENCY, "Address": Label.LOCATION,
          "RealEstate": Label.SITE, "CryptoWallet": Label.IDENTIFIER, "UserAccount": Label.IDENTIFIER}
#: interstitial schema -> (source property, relationship, target property)
LINKS = {"Ownership": ("owner", RelType.OWNS, "asset"), "Directorship": ("director", RelType.DIRECTS, "organization"),
         "Employment": ("employee", RelType.WORKS_FOR, "employer"), "Membership": ("member", RelType.MEMBER_OF, "organization"),
         "Associate": ("person", RelType.ASSOCIATED_WITH, "associate"), "Family": ("person", RelType.ASSOCIATED_WITH, "relative"),
         "UnknownLink": ("subject", RelType.ASSOCIATED_WITH, "object")}
_CONTACTS = {"phone": "phone", "email": "email", "website": "domain"}


def load(path: Path) -> GraphBatch:
    raw, text = read_utf8(path)
    return parse_lines(text.splitlines(), key=report_key(raw), source=path.name, path=path)


def parse_lines(lines: list[str], *, key: str, source: str, path: Path | str = "<input>") -> GraphBatch:
    """A batch from FtM JSON lines; problems carry the file and line number."""
    from followthemoney import model

    report = Node(Label.REPORT, source, key=key, properties={"kind": "ftm", "source": source, "title": source})
    batch = GraphBatch(report)
    proxies: list[tuple[int, Any, list[str]]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("a line must hold one JSON object")
            schema = data.get("schema")
            if model.get(schema) is None:
                raise ValueError(f"unknown FtM schema {schema!r}")
            proxy = model.get_proxy(data, cleaned=False)
        except (json.JSONDecodeError, ValueError, TypeError) as exc:
            batch.problems.append(f"{path} at line {number}: {exc}; skipped")
            continue
        except Exception as exc:  # noqa: BLE001 - followthemoney raises its own types for bad data
            batch.problems.append(f"{path} at line {number}: {exc.__class__.__name__}: {exc}; skipped")
            continue
        proxies.append((number, proxy, [str(d) for d in data.get("datasets", []) if d]))
    keys: dict[str, str] = {}
    captions = {proxy.id: proxy.caption for _, proxy, _ in proxies}
    for number, proxy, datasets in proxies:  # things first, so links can find their ends
        label = THINGS.get(proxy.schema.name)
        if label is None:
            continue
        try:
            node = _thing(proxy, label, datasets)
        except (ModelError, ValueError) as exc:
            batch.problems.append(f"{path} at line {number}: {exc}; skipped")
            continue
        keys[proxy.id] = batch.add_node(node).key
        _contacts(batch, proxy, node, datasets)
    for number, proxy, datasets in proxies:
        try:
            _link(batch, proxy, keys, datasets, captions)
        except (ModelError, ValueError, KeyError) as exc:
            batch.problems.append(f"{path} at line {number}: {exc}; skipped")
    return batch


def _first(proxy: Any, prop: str) -> str:
    values = proxy.get(prop, quiet=True)
    return str(values[0]) if values else ""


def _provenance(proxy: Any, datasets: list[str]) -> dict[str, Any]:
    return {"ftm_id": proxy.id, "datasets": datasets or None}


def _thing(proxy: Any, label: Label, datasets: list[str]) -> Node:
    name = proxy.caption
    props: dict[str, Any] = _provenance(proxy, datasets)
    if label is Label.IDENTIFIER:
        if proxy.schema.name == "CryptoWallet":
            value = _first(proxy, "publicKey")
            kind = "wallet-eth" if value.startswith("0x") else "wallet-tron" if value.startswith("T") else "wallet-btc"
        else:
            value, kind = _first(proxy, "username") or name, (_first(proxy, "service") or "handle").lower()
        value = normalize_identifier(kind, value)
        return Node(label, f"{kind}:{value}", key=make_key(label, f"{kind}-{value}"), properties={**props, "kind": kind, "value": value})
    if label is Label.LOCATION:
        props["kind"] = "address"
        props["country"] = (_first(proxy, "country") or "").upper() or None
    for prop in ("birthDate", "position", "program", "topics", "alias", "incorporationDate", "registrationNumber"):
        values = proxy.get(prop, quiet=True)
        if values:
            props[prop] = [str(v) for v in values] if len(values) > 1 else str(values[0])
    return Node(label, name, key=entity_key(label, name), properties=props)


def _evidence(batch: GraphBatch, proxy: Any, datasets: list[str]) -> tuple[Evidence, ...]:
    origin = f" ({', '.join(datasets)})" if datasets else ""
    return (Evidence(batch.report_key, quote=f"FtM {proxy.schema.name} {proxy.id}{origin}"),)


def _contacts(batch: GraphBatch, proxy: Any, node: Node, datasets: list[str]) -> None:
    """Nationality, country and contact details of a thing, as facts."""
    ev = _evidence(batch, proxy, datasets)
    for prop in ("nationality", "citizenship"):
        for value in proxy.get(prop, quiet=True):
            code = country_code(str(value))
            if code:
                nat = batch.add_node(Node(Label.NATIONALITY, country_name(code), properties={"iso2": code}))
                batch.add_edge(Edge(RelType.HAS_NATIONALITY, node.key, nat.key, ev))
    if node.label is not Label.PERSON:
        for value in proxy.get("country", quiet=True) + proxy.get("jurisdiction", quiet=True):
            code = country_code(str(value))
            if code and node.label is not Label.LOCATION:
                place = batch.add_node(Node(Label.LOCATION, country_name(code), properties={"kind": "country", "country": code}))
                batch.add_edge(Edge(RelType.LOCATED_IN, node.key, place.key, ev))
    for prop, kind in _CONTACTS.items():
        for value in proxy.get(prop, quiet=True):
            try:
                clean = normalize_identifier(kind, str(value))
            except ValueError as exc:
                batch.problems.append(f"{batch.report.name}: {proxy.schema.name} {proxy.id} {prop}: {exc}; skipped")
                continue
            ident = batch.add_node(Node(Label.IDENTIFIER, f"{kind}:{clean}", key=make_key(Label.IDENTIFIER, f"{kind}-{clean}"),
                                        properties={"kind": kind, "value": clean}))
            batch.add_edge(Edge(RelType.USES, node.key, ident.key, ev))


def _end(proxy: Any, prop: str, keys: dict[str, str]) -> str:
    ref = _first(proxy, prop)
    if not ref:
        raise ValueError(f"{proxy.schema.name} {proxy.id} has no {prop}")
    if ref not in keys:
        raise ValueError(f"{proxy.schema.name} {proxy.id}: {prop} {ref!r} is not an entity of this stream")
    return keys[ref]


def _link(batch: GraphBatch, proxy: Any, keys: dict[str, str], datasets: list[str], captions: dict[str, str]) -> None:
    schema = proxy.schema.name
    ev = _evidence(batch, proxy, datasets)
    props = {k: v for k, v in {"ftm_id": proxy.id, "since": _first(proxy, "startDate") or None,
                               "until": _first(proxy, "endDate") or None,
                               "relationship": _first(proxy, "relationship") or _first(proxy, "role") or None}.items() if v}
    if schema in LINKS:
        source_prop, rel, target_prop = LINKS[schema]
        batch.add_edge(Edge(rel, _end(proxy, source_prop, keys), _end(proxy, target_prop, keys), ev, props))
    elif schema == "Sanction":
        target = _end(proxy, "entity", keys)
        date = _first(proxy, "startDate") or _first(proxy, "listingDate")
        event = batch.add_node(Node(Label.EVENT, f"sanction {_first(proxy, 'program') or ''} {date}".strip(),
                                    key=f"event:{batch.report_key[7:]}-sanction-{proxy.id}",
                                    properties={"type": "sanction", "date": date or None, "program": _first(proxy, "program") or None,
                                                "reason": _first(proxy, "reason") or None, "ftm_id": proxy.id}))
        batch.add_edge(Edge(RelType.TARGETED, event.key, target, ev))
        authority = _first(proxy, "authority")
        if authority:
            agency = batch.add_node(Node(Label.AGENCY, authority, key=entity_key(Label.AGENCY, authority),
                                         properties={"kind": "sanctions"}))
            batch.add_edge(Edge(RelType.CONDUCTED, agency.key, event.key, ev))
    elif schema == "Occupancy":
        holder = _end(proxy, "holder", keys)
        post = _first(proxy, "post")
        if post:
            batch.nodes[holder].properties.setdefault("role", captions.get(post, post))
    elif schema in {"CryptoWallet", "UserAccount"}:
        owner = _first(proxy, "holder") or _first(proxy, "owner")
        if owner:
            batch.add_edge(Edge(RelType.USES, _end(proxy, "holder" if _first(proxy, "holder") else "owner", keys),
                                keys[proxy.id], ev))
    elif schema not in THINGS and schema != "Position":
        raise ValueError(f"FtM schema {schema} is not mapped onto the scamgraph model")

"""The scamgraph graph model: labels, relationship types, and the batch that loaders hand to stores.

This module is pure: no file, network or driver code. Labels and relationship types form a
closed set defined once here; Cypher cannot take a label as a parameter, so only names from
these enums ever reach a query string (stores check it again before they build one).

Every node has a deterministic ``key`` (``person:kim-seok-ki``, ``nationality:KR``,
``report:<sha256 prefix>``) that stores MERGE on, so loading the same report twice changes
nothing. Every fact edge carries the report it came from and the evidence (span and quote);
two reports stating the same fact give two parallel edges, one per report, which keeps
provenance exact and lets a report's facts be removed or filtered by date as a unit.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from scamgraph.names import (
    MAX_KEY_CHARS,
    MAX_NAME_CHARS,
    bound_key,
    invisible,
    mark_invisible,
    slugify,
)
from scamgraph.properties import ModelError, PropertyValue, check_properties, clean_text

__all__ = [
    "EVENT_TYPES",
    "MAX_KEY_CHARS",
    "MAX_NAME_CHARS",
    "Edge",
    "Evidence",
    "GraphBatch",
    "Label",
    "ModelError",
    "Node",
    "PropertyValue",
    "RelType",
    "bound_key",
    "clean_text",
    "invisible",
    "make_key",
    "mark_invisible",
    "node_name",
    "report_key",
    "slugify",
]


class Label(StrEnum):
    """Node labels: the closed set of things scamgraph knows about."""

    PERSON = "Person"
    AGENCY = "Agency"  # police, ministries, commissions, courts, embassies, Interpol
    ORGANIZATION = "Organization"  # companies, criminal groups, NGOs
    DELEGATION = "Delegation"  # a visiting group: lawmakers, officials
    SITE = "Site"  # a compound, building, casino, hotel where scams run
    LOCATION = "Location"  # city, province, country (``kind`` says which)
    NATIONALITY = "Nationality"  # keyed by ISO 3166 alpha-2
    EVENT = "Event"  # raid, arrest, repatriation, ... (``type`` says which)
    SCAM_TYPE = "ScamType"  # romance scam, investment fraud, voice phishing
    IDENTIFIER = "Identifier"  # phone, domain, wallet, handle (``kind`` + normalized ``value``)
    REPORT = "Report"  # the source document itself


class RelType(StrEnum):
    """Relationship types. Direction reads as a sentence: ``(source)-[TYPE]->(target)``."""

    MENTIONS = "MENTIONS"  # Report -> any entity it names
    HAS_NATIONALITY = "HAS_NATIONALITY"  # Person -> Nationality
    MEMBER_OF = "MEMBER_OF"  # Person -> Delegation | Organization | Agency
    LEADS = "LEADS"  # Person -> Delegation | Organization | Agency | Event
    WORKS_FOR = "WORKS_FOR"  # Person -> Agency | Organization
    REPRESENTS = "REPRESENTS"  # Delegation | Agency -> Nationality (the country it speaks for)
    LOCATED_IN = "LOCATED_IN"  # Site | Location | Organization | Agency -> Location
    OPERATES = "OPERATES"  # Person | Organization -> Site
    OWNS = "OWNS"  # Person | Organization -> Site | Organization
    DIRECTS = "DIRECTS"  # Person -> Organization
    ASSOCIATED_WITH = "ASSOCIATED_WITH"  # any -> any, a stated link of unknown kind
    OCCURRED_AT = "OCCURRED_AT"  # Event -> Site | Location
    CONDUCTED = "CONDUCTED"  # Agency | Organization -> Event (carried it out)
    ANNOUNCED = "ANNOUNCED"  # Agency | Person -> Event
    PARTICIPATED_IN = "PARTICIPATED_IN"  # Person | Delegation | Agency -> Event
    TARGETED = "TARGETED"  # Event -> Site | Person | Organization | Identifier
    ARRESTED = "ARRESTED"  # Event -> Person | Nationality (``count`` for a group)
    DETAINED = "DETAINED"  # Event -> Person | Nationality
    FOUND = "FOUND"  # Event -> Person | Nationality (people found on site)
    RESCUED = "RESCUED"  # Event -> Person | Nationality
    REPATRIATED = "REPATRIATED"  # Event -> Person | Nationality
    DEPORTED = "DEPORTED"  # Event -> Person | Nationality
    # A state sending a suspect to another state that asked for them to stand trial is no deportation
    EXTRADITED = "EXTRADITED"  # Event -> Person | Nationality (``count`` for a group, as DEPORTED)
    CHARGED = "CHARGED"  # Event -> Person | Nationality | Organization
    AFFECTED = "AFFECTED"  # Event -> Person | Nationality (victims, the dead)
    PART_OF = "PART_OF"  # Event -> Event | Location -> Location
    ENGAGED_IN = "ENGAGED_IN"  # Site | Organization | Person | Event -> ScamType
    USES = "USES"  # Person | Organization | Site -> Identifier
    SAME_AS = "SAME_AS"  # any -> same label: a reviewer decided these are one entity (see resolution)


EVENT_TYPES = frozenset(
    {
        "raid",
        "arrest",
        "detention",
        "rescue",
        "repatriation",
        "deportation",
        "visit",
        "investigation",
        "charge",
        "warrant",
        "death",
        "sanction",
        "extradition",
        "escape",
        "kidnapping",
        "seizure",
    }
)

_RESERVED = frozenset({"key", "report", "reported", "quote", "start", "end"})


def make_key(label: Label | str, name: str) -> str:
    """The deterministic key of a node: ``<label in lower case>:<slug>``, bounded (``bound_key``).

    Nationality keys use the ISO code as given (``nationality:KR``).

    >>> make_key(Label.PERSON, "Kim Seok-ki")
    'person:kim-seok-ki'
    >>> make_key("Nationality", "kr")
    'nationality:KR'
    """
    if type(label) is not Label:
        label = Label(label)
    if label is Label.NATIONALITY:
        code = name.strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise ModelError(f"nationality needs an ISO 3166 alpha-2 code, got {name!r}")
        return f"nationality:{code}"
    slug = slugify(name)
    if not slug:
        raise ModelError(f"{label} name {name[:80]!r} has no letters or digits to make a key from")
    return bound_key(f"{label.value.lower()}:{slug}")


def report_key(content: bytes | str) -> str:
    """Key of a report: a prefix of the SHA-256 of its content, so a re-read file keeps its key.

    >>> report_key("hello")
    'report:2cf24dba5fb0a30e'
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    return "report:" + hashlib.sha256(data).hexdigest()[:16]


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the report, the character span in its text, and the quote."""

    report: str
    start: int | None = None
    end: int | None = None
    quote: str = ""

    def __post_init__(self) -> None:
        if not self.report.startswith("report:"):
            raise ModelError(f"evidence must name a report key, got {self.report!r}")
        if (self.start is None) != (self.end is None):
            raise ModelError("evidence span needs both start and end, or neither")
        if self.start is not None and self.end is not None and not 0 <= self.start <= self.end:
            raise ModelError(f"evidence span {self.start}..{self.end} is not a valid range")


@dataclass
class Node:
    """An entity. ``key`` is what stores MERGE on; ``name`` is for people to read."""

    label: Label
    name: str
    key: str = ""
    properties: dict[str, PropertyValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if type(self.label) is not Label:
            self.label = Label(self.label)
        code = _BY_NAME if self.key else self.properties.get("iso2", _BY_NAME)  # what the key is made of
        if type(self.name) is str and type(self.key) is str and (code is _BY_NAME or type(code) is str):
            self.name, self.key, full_name = _identity(self.label, self.name, self.key, code)
        else:
            self.name, self.key, full_name = _identity.__wrapped__(self.label, self.name, self.key, code)
        if type(self.properties) is dict and not self.properties:
            self.properties = {}  # (a person's node, as most, carries none: nothing to check)
        else:
            self.properties = check_properties(f"node {self.key}", self.properties)
            for reserved in ("key", "name"):
                self.properties.pop(reserved, None)
        if full_name:
            self.properties["full_name"] = full_name


#: Stands for "the key is made of the name" (a node's ``iso2``, where it has one, makes its key).
_BY_NAME = object()


def node_name(name: Any) -> str:
    """A name as a node keeps it before marking: control characters dropped, white space folded
    ("" when nothing printable is left, which a node refuses)."""
    return " ".join(clean_text(str(name)).split())


@lru_cache(maxsize=16384)
def _identity(label: Label, name: Any, key: str, code: object) -> tuple[str, str, str]:
    """A node's stored name, its key and, for a name too long for an index, the whole name (else
    ""). Kept per name: a loader builds a node for every mention, and an article names the same
    entities again and again. Invisible characters are marked in the stored name; a long one is cut."""
    name = node_name(name)
    if not name:
        raise ModelError(f"{label} node needs a name")
    key = bound_key(key or make_key(label, name if code is _BY_NAME else code))  # type: ignore[arg-type]
    if not key.startswith(label.lower() + ":"):  # (a StrEnum member is its value)
        raise ModelError(f"key {key[:80]!r} does not match label {label}")
    shown = mark_invisible(name)
    if len(shown) > MAX_NAME_CHARS:
        return shown[:MAX_NAME_CHARS - 1] + "\u2026", key, shown
    return shown, key, ""


@dataclass
class Edge:
    """A fact between two nodes, read from one report; ``evidence`` says where."""

    type: RelType
    source: str
    target: str
    evidence: tuple[Evidence, ...] = ()
    properties: dict[str, PropertyValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if type(self.type) is not RelType:
            self.type = RelType(self.type)
        self.evidence = tuple(self.evidence)
        if not self.properties:
            self.properties = {}  # (most edges, MENTIONS above all, carry none: nothing to check)
            return
        owner = f"edge {self.source}-[{self.type}]->{self.target}"
        self.properties = check_properties(owner, self.properties)
        clash = _RESERVED & self.properties.keys()
        if clash:
            raise ModelError(f"{owner}: properties {sorted(clash)} are reserved for provenance")


@dataclass
class GraphBatch:
    """Everything one report contributes: its Report node, entities and facts.

    A batch is the unit of all-or-nothing writes: a store writes all of it or none of it.
    ``add_node`` merges repeats of one key so loaders need not track what they already added.
    """

    report: Node
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    #: records the loader skipped, each naming the file and place and why; never stored
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.report.label is not Label.REPORT:
            raise ModelError("a batch's report node must have the Report label")

    @property
    def report_key(self) -> str:
        return self.report.key

    def add_node(self, node: Node) -> Node:
        """Add a node, or fold its properties into the one already held under its key."""
        held = self.nodes.get(node.key)
        if held is None:
            self.nodes[node.key] = node
            return node
        if held.label is not node.label:
            raise ModelError(f"key {node.key} used for both {held.label} and {node.label}")
        for name, value in node.properties.items():
            held.properties.setdefault(name, value)
        return held

    def add_edge(self, edge: Edge) -> Edge:
        self.edges.append(edge)
        return edge

    def all_nodes(self) -> Iterable[Node]:
        yield self.report
        yield from self.nodes.values()

    def label_of(self, key: str) -> Label:
        if key == self.report.key:
            return Label.REPORT
        node = self.nodes.get(key)
        if node is None:
            raise ModelError(f"edge end {key!r} is not a node of this batch")
        return node.label

    def validate(self) -> None:
        """Raise ModelError unless every edge joins nodes of this batch with evidence from it."""
        for edge in self.edges:
            self.label_of(edge.source)
            self.label_of(edge.target)
            for ev in edge.evidence:
                if ev.report != self.report.key:
                    raise ModelError(
                        f"edge {edge.source}-[{edge.type}]->{edge.target} cites {ev.report}, "
                        f"not this batch's report {self.report.key}"
                    )

    def to_dict(self) -> dict[str, Any]:
        """The batch as plain JSON data (the ``scamgraph extract --format json`` shape).

        Event counts, stored as ``count_<what>`` properties since a graph property cannot hold a
        map, come back together as ``properties.counts``.
        """
        props = self.report.properties
        return {
            "report": {"key": self.report.key, "title": props.get("title") or self.report.name,
                       "url": props.get("url") or None, "published": props.get("published") or None},
            "nodes": [_node_dict(n) for n in self.nodes.values()],
            "edges": [
                {"type": e.type.value, "source": e.source, "target": e.target, "properties": dict(e.properties),
                 "evidence": [{"start": v.start, "end": v.end, "quote": v.quote} for v in e.evidence]}
                for e in self.edges
            ],
            "problems": list(self.problems),
        }

    def with_mentions(self) -> GraphBatch:
        """Add a Report-[:MENTIONS]->entity edge for every entity without one, so that every
        node can be traced to the reports that name it."""
        mentioned = {e.target for e in self.edges if e.type is RelType.MENTIONS}
        for key in self.nodes:
            if key not in mentioned:
                self.edges.append(Edge(RelType.MENTIONS, self.report.key, key))
        return self


def _node_dict(node: Node) -> dict[str, Any]:
    props: dict[str, Any] = {k: v for k, v in node.properties.items() if not k.startswith("count_")}
    counts = {k[6:]: v for k, v in node.properties.items() if k.startswith("count_")}
    if node.label is Label.EVENT:
        props["counts"] = counts
        props.setdefault("date", None)
    return {"key": node.key, "label": node.label.value, "name": node.name, "properties": props}

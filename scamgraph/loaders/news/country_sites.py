"""A site described by nothing finer than a country ("a scam hub in Laos", "a fraud den in Ruritania")
while the same story tells of towns, provinces or named sites inside that country. A country holds
many such sites; told beside finer places, the phrase sums up the story's own sites (a headline's
"den in X" before the body names the town, a lead's "centre in X" before the raid's districts) or
speaks of them in general. It names no site of its own, and the facts hung on it (its place, its
scams, the acts said to happen there) are the finer sites' facts told again or said of none. Where
the country is the finest place the story gives, the described site stays: it is then all the story
says of where the scam ran."""

from __future__ import annotations

from collections.abc import MutableMapping

from scamgraph.model import Edge, Label, Node, RelType

__all__ = ["drop_country_wide_sites"]


def drop_country_wide_sites(nodes: MutableMapping[str, Node], edges: dict[tuple[str, str, str], Edge]) -> None:
    """Removes each described site (``properties.described``) whose only places are countries when
    the story tells of another place or site inside one of those countries, with every edge it
    has (``edges`` is keyed by source, edge type and target, as the reader keeps them)."""
    placed: dict[str, set[str]] = {}
    for source, rel, target in edges:
        if rel is RelType.LOCATED_IN:
            placed.setdefault(source, set()).add(target)
    for key, site in list(nodes.items()):
        if site.label is not Label.SITE or not site.properties.get("described"):
            continue
        countries = placed.get(key, set())
        if not countries or not all(_country(nodes.get(c)) for c in countries):
            continue
        codes = {nodes[c].properties.get("country") for c in countries}
        if not any(other != key and _inside(other, codes, nodes, placed) for other in nodes):
            continue
        for edge_key in [k for k in edges if key in (k[0], k[2])]:
            del edges[edge_key]
        del nodes[key]


def _country(node: Node | None) -> bool:
    return node is not None and node.label is Label.LOCATION and node.properties.get("kind") == "country"


def _inside(key: str, codes: set[object], nodes: MutableMapping[str, Node], placed: dict[str, set[str]]) -> bool:
    """The node at ``key`` is a place finer than a country that lies in one of the countries
    ``codes`` (by its own country), or a site the story's LOCATED_IN edges put in such a place."""
    node = nodes[key]
    if node.label is Label.LOCATION:
        return not _country(node) and node.properties.get("country") in codes
    if node.label is not Label.SITE:
        return False
    seen, todo = {key}, [key]
    while todo:  # (a site told as vaguely, in the country only, is no finer place)
        for parent in placed.get(todo.pop(), ()):
            if parent not in seen and parent in nodes:
                if _inside(parent, codes, nodes, placed):
                    return True
                seen.add(parent)
                todo.append(parent)
    return False

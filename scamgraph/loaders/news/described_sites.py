"""Sites the story describes rather than names ("a scam hub in Laos", "a compound in Kep") that are no
site of their own.

A site described by nothing finer than a country, while the same story tells of towns, provinces or
named sites inside that country: a country holds many such sites; told beside finer places, the
phrase sums up the story's own sites (a headline's "den in X" before the body names the town, a
lead's "centre in X" before the raid's districts) or speaks of them in general. It names no site,
and the facts hung on it (its place, its scams, the acts said to happen there) are the finer sites'
facts told again or said of none. Where the country is the finest place the story gives, the
described site stays: it is then all the story says of where the scam ran.

A site described at a town in a story that names one site and describes no other: "a raid on a
hub in Kep" and "the hub, in the Orchid Tower" tell of one place, named once and described once.
The described site is the named one, which takes its place and its facts."""

from __future__ import annotations

from collections.abc import MutableMapping

from scamgraph.model import Edge, Label, Node, RelType

__all__ = ["drop_country_wide_sites", "named_site_described"]


def named_site_described(sites: list[Node], aliases: dict[str, str], nodes: MutableMapping[str, Node],
                         edges: dict[tuple[str, str, str], Edge]) -> dict[str, str]:
    """The described site that is the story's one named site, as {described key: named key}: where
    the story (its ``sites``, less those already ``aliases`` of a name) names exactly one site and
    describes exactly one at a place finer than a country, and the named site is placed nowhere
    else than the described one (unplaced, or in one of its places); else {}."""
    named = {s.key for s in sites if not s.properties.get("described")} | set(aliases.values())
    described = {s.key for s in sites if s.properties.get("described") and s.key not in aliases}
    placed = _places(edges)
    finer = [key for key in described if placed.get(key) and not all(_country(nodes.get(t)) for t in placed[key])]
    if len(named) != 1 or len(finer) != 1:
        return {}
    (name,), (told,) = named, finer
    if placed.get(name) and not placed[name] & placed[told]:
        return {}  # (a named site elsewhere is another site)
    return {told: name}


def drop_country_wide_sites(nodes: MutableMapping[str, Node], edges: dict[tuple[str, str, str], Edge]) -> None:
    """Removes each described site (``properties.described``) whose only places are countries when
    the story tells of another place or site inside one of those countries, with every edge it
    has (``edges`` is keyed by source, edge type and target, as the reader keeps them)."""
    placed = _places(edges)
    for key, site in list(nodes.items()):
        if site.label is not Label.SITE or not site.properties.get("described"):
            continue
        countries = placed.get(key, set())
        if not countries or not all(_country(nodes.get(c)) for c in countries):
            continue
        codes = {str(nodes[c].properties.get("country")) for c in countries}
        if not any(other != key and _inside(other, codes, nodes, placed) for other in nodes):
            continue
        for edge_key in [k for k in edges if key in (k[0], k[2])]:
            del edges[edge_key]
        del nodes[key]


def _places(edges: dict[tuple[str, str, str], Edge]) -> dict[str, set[str]]:
    """Each node's places, as the story's LOCATED_IN edges tell them."""
    placed: dict[str, set[str]] = {}
    for source, rel, target in edges:
        if rel is RelType.LOCATED_IN:
            placed.setdefault(source, set()).add(target)
    return placed


def _country(node: Node | None) -> bool:
    return node is not None and node.label is Label.LOCATION and node.properties.get("kind") == "country"


def _inside(key: str, codes: set[str], nodes: MutableMapping[str, Node], placed: dict[str, set[str]]) -> bool:
    """The node at ``key`` is a place finer than a country that lies in one of the countries
    ``codes`` (by its own country), or a site the story's LOCATED_IN edges put in such a place."""
    node = nodes[key]
    if node.label is Label.LOCATION:
        return not _country(node) and str(node.properties.get("country")) in codes
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

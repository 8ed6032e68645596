"""Sites the story describes rather than names ("a compound in Kep") that are no site of their own.

(A site described by nothing finer than a country, "a scam hub in Laos", is not made at all: see
``PlaceRules``, where a country is refused as a described site's place.)

A site described at a town in a story that names one site and describes no other: "a raid on a
hub in Kep" and "the hub, in the Orchid Tower" tell of one place, named once and described once.
The described site is the named one, which takes its place and its facts. Not a lodging ("a hotel
in Lotville"), unless the name says so: people found at a hotel stay there on their way, and the
compound the story names is where they came from."""

from __future__ import annotations

from collections.abc import MutableMapping

from scamgraph.model import Edge, Label, Node, RelType

__all__ = ["named_site_described"]

#: Heads of described sites where people stay, which a named compound is not ("a hotel in Lotville")
_LODGINGS = frozenset({"hotel", "hotels", "guesthouse", "guesthouses", "hostel", "motel", "inn", "lodge"})


def named_site_described(sites: list[Node], aliases: dict[str, str], nodes: MutableMapping[str, Node],
                         edges: dict[tuple[str, str, str], Edge]) -> dict[str, str]:
    """The described site that is the story's one named site, as {described key: named key}: where
    the story (its ``sites``, less those already ``aliases`` of a name) names exactly one site and
    describes exactly one at a place finer than a country, and the named site is placed nowhere
    else than the described one (unplaced, or in one of its places); else {}."""
    named = {s.key for s in sites if not s.properties.get("described")} | set(aliases.values())
    described = {s.key for s in sites if s.properties.get("described") and s.key not in aliases
                 and not s.properties.get("premises")}  # (several premises counted are no one named site)
    placed = _places(edges)
    finer = [key for key in described if placed.get(key) and not all(_country(nodes.get(t)) for t in placed[key])]
    if len(named) != 1 or len(finer) != 1:
        return {}
    (name,), (told,) = named, finer
    if _a_lodging_unnamed(nodes.get(told), nodes.get(name)):
        return {}  # (people found at a hotel in town: not the compound they fled)
    if placed.get(name) and not placed[name] & placed[told]:
        return {}  # (a named site elsewhere is another site)
    return {told: name}


def _a_lodging_unnamed(told: Node | None, name: Node | None) -> bool:
    """The described site ``told`` is a lodging ("hotel in Lotville") and the named site's name
    does not call it one ("Lotus Hotel" may be the hotel; "Orchid Park" is another place)."""
    if told is None or name is None:
        return False
    head = told.name.lower().split()[:1]
    return bool(head) and head[0] in _LODGINGS and _LODGINGS.isdisjoint(name.name.lower().split())


def _places(edges: dict[tuple[str, str, str], Edge]) -> dict[str, set[str]]:
    """Each node's places, as the story's LOCATED_IN edges tell them."""
    placed: dict[str, set[str]] = {}
    for source, rel, target in edges:
        if rel is RelType.LOCATED_IN:
            placed.setdefault(source, set()).add(target)
    return placed


def _country(node: Node | None) -> bool:
    return node is not None and node.label is Label.LOCATION and node.properties.get("kind") == "country"

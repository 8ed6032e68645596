"""A court told first by its country alone and then by its name: "A Chinese court on Friday
jailed 14 gang members ... the Kunming Intermediate People's Court said". English opens a
story with the general description and names the court after it; when the story names exactly
one court of that country, the two are one body, and every fact of the general one moves onto
the named one. Two named courts of the country (a trial court and an appeal court) leave the
general one as it is, since either may be meant."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from scamgraph.model import Edge, Label, Node
from scamgraph.resolve import country_code


def fold_general_courts(nodes: dict[str, Node], edges: dict[tuple[str, str, str], Edge]) -> None:
    """Move the facts of "<Country> court" onto the one named court of that country, if any."""
    courts = [n for n in nodes.values() if n.label == Label.AGENCY and n.properties.get("kind") == "court"]
    general = [n for n in courts if _general(n.name)]
    for node in general:
        country = node.properties.get("country")
        named = [n for n in courts if n not in general and country and n.properties.get("country") == country]
        if len(named) == 1:
            _move_facts(node.key, named[0].key, nodes, edges)


def _general(name: str) -> bool:
    """"Chinese court", "Vietnam court": a country's word and "court", nothing else."""
    words = name.split()
    return len(words) == 2 and words[1].lower() == "court" and country_code(words[0]) is not None


def _move_facts(old: str, new: str, nodes: dict[str, Node], edges: dict[tuple[str, str, str], Edge]) -> None:
    for (source, rel, target), edge in list(edges.items()):
        if old not in (source, target):
            continue
        del edges[(source, rel, target)]
        moved = (new if source == old else source, rel, new if target == old else target)
        if moved[0] != moved[2]:
            held = edges.setdefault(moved, replace(edge, source=moved[0], target=moved[2]))
            held.evidence = tuple(dict.fromkeys((*held.evidence, *edge.evidence)))
    nodes.pop(old, None)


#: Words that name a federal court's district by its part of a state ("the Southern District of Zembla")
_DISTRICT_PARTS = frozenset({"northern", "southern", "eastern", "western", "central", "middle"})


def court_district(lower: Sequence[str], start: int) -> bool:
    """Whether the place at ``start`` ends a court's district: "indicted in the Southern District of
    Zembla", "the court for the District of Zembla". The district names the court that sits there,
    not where the act happened, so the state is no place of the story."""
    if start < 3 or lower[start - 2:start] != ["district", "of"]:
        return False
    before = lower[start - 3]
    return before in _DISTRICT_PARTS or before == "the" and start >= 5 and lower[start - 5:start - 3] == ["court", "for"]

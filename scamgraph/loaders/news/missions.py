"""Where a country's mission abroad lies: "the Bangladesh Embassy in Yangon", "the Embassy of India
in Cambodia", "the Pakistani embassy in Myanmar". An embassy or a consulate is the one body a
story names by the place it stands in; "in" and a town or a country right after its name say
where it is (a police force "in Tak" is the force acting there, so other bodies are left out)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from scamgraph.loaders.news.state import _State
from scamgraph.model import Evidence, Node, RelType

__all__ = ["MissionPlaces", "missions_placed"]

#: The last words of a diplomatic mission's name
_MISSION_HEADS = frozenset({"embassy", "consulate", "consulate-general", "high commission"})


def missions_placed(lower: list[str], ents: list[Span], nodes: dict[tuple[int, int], Node]) -> Iterator[tuple[Node, Node]]:
    """(mission, place) for each mission whose name "in" and a known town or country follow."""
    at = {e.start: e for e in ents if e.label_ in {"PLACE", "COUNTRY"}}
    for ent in ents:
        if ent.label_ != "AGENCY" or not _mission(lower, ent) or ent.end + 1 >= len(lower) or lower[ent.end] != "in":
            continue
        place = at.get(ent.end + 1)
        mission, where = nodes.get((ent.start, ent.end)), nodes.get((place.start, place.end)) if place else None
        if mission is not None and where is not None:
            yield mission, where


def _mission(lower: list[str], ent: Span) -> bool:
    """The agency's name ends in a mission's head ("Royal Thai Embassy") or opens with one and
    names its country after "of" ("Embassy of India")."""
    last_two = " ".join(lower[max(ent.start, ent.end - 2):ent.end])
    return lower[ent.end - 1] in _MISSION_HEADS or last_two in _MISSION_HEADS \
        or lower[ent.start] in _MISSION_HEADS and "of" in lower[ent.start:ent.end]


class MissionPlaces(_State):
    """Where the missions a sentence names lie, as the words right after their names state it."""

    def _mission_places(self, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        for mission, where in missions_placed(self.lower, ents, nodes):
            self._edge(RelType.LOCATED_IN, mission.key, where.key, ev)

"""Where a country's mission abroad lies: "the Bangladesh Embassy in Yangon", "the Embassy of India
in Cambodia", "the Pakistani embassy in Myanmar", "the Vietnamese Consulate General in Battambang",
"the Zorvanian embassies in Lotville and Merrow" (one node, an edge to each seat: convention 1). An
embassy or a consulate is the one body a
story names by the place it stands in; "in" and a town or a country right after its name say
where it is (a police force "in Tak" is the force acting there, so other bodies are left out).

A body whose own name holds a province with the word "Province" ("the Atlantis Province
Immigration Office", "the Immigration Office of Atlantis Province, Ruritania") is that province's
office: the province is a place of the story, and the body lies in it (in its country too, when
the country closes the name or follows it). A town or a district before a body's head word
("Atlantis police", "Atlantis City Police", "Atlantis District Court") names the force's reach,
not a place the story tells of, and the name alone makes no place."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.state import _State
from scamgraph.model import Evidence, Label, Node, RelType
from scamgraph.resolve import country_name

__all__ = ["MissionPlaces", "missions_placed"]

#: The last words of a diplomatic mission's name
_MISSION_HEADS = frozenset({"embassy", "consulate", "consulate-general", "high commission", "consulate general",
                            "embassies", "consulates", "consular office"})


def missions_placed(lower: list[str], ents: list[Span], nodes: dict[tuple[int, int], Node]) -> Iterator[tuple[Node, Node]]:
    """(mission, place) for each mission whose name "in" and a known town or country follow."""
    at = {e.start: e for e in ents if e.label_ in {"PLACE", "COUNTRY"}}
    for ent in ents:
        if ent.label_ != "AGENCY" or not _mission(lower, ent) or ent.end + 1 >= len(lower) or lower[ent.end] != "in":
            continue
        place = at.get(ent.end + 1)
        mission = nodes.get((ent.start, ent.end))
        while mission is not None and place is not None and (where := nodes.get((place.start, place.end))) is not None:
            yield mission, where
            k = place.end + (place.end < len(lower) and lower[place.end] == ",")
            k += k < len(lower) and lower[k] == "and"
            place = at.get(k) if k > place.end else None  # "the Zorvanian embassies in Lotville and Merrow": each


def _mission(lower: list[str], ent: Span) -> bool:
    """The agency's name ends in a mission's head ("Royal Thai Embassy") or opens with one and
    names its country after "of" ("Embassy of India")."""
    last_two = " ".join(lower[max(ent.start, ent.end - 2):ent.end])
    return lower[ent.end - 1] in _MISSION_HEADS or last_two in _MISSION_HEADS \
        or lower[ent.start] in _MISSION_HEADS and "of" in lower[ent.start:ent.end]


@lru_cache(maxsize=1)
def _provinces() -> dict[str, gz.Place]:
    """The gazetteer's provinces by the name a text writes before "Province"."""
    return {place.name: place for place in gz.places() if place.kind == "province"}


#: The most words of a province's name before "Province"
_PROVINCE_WORDS = 3


def province_in_name(words: list[str], ent: Span) -> gz.Place | None:
    """The gazetteer province named, with the word "Province", inside the agency ``ent``."""
    for k in range(ent.start + 1, ent.end):
        if words[k] != "Province":
            continue
        for j in range(max(ent.start, k - _PROVINCE_WORDS), k):
            place = _provinces().get(" ".join(words[j:k]))
            if place is not None:
                return place
    return None


class MissionPlaces(_State):
    """Where the missions a sentence names lie, as the words right after their names state it, and
    the provinces that bodies are named for."""

    def _mission_places(self, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        for mission, where in missions_placed(self.lower, ents, nodes):
            self._edge(RelType.LOCATED_IN, mission.key, where.key, ev)
        for ent in ents:
            body = nodes.get((ent.start, ent.end)) if ent.label_ == "AGENCY" and "Province" in self.words[ent.start:ent.end] else None
            place = province_in_name(self.words, ent) if body is not None else None
            if body is None or place is None:
                continue
            province = self._add(Node(Label.LOCATION, place.canonical, properties={"kind": "province", "country": place.country}))
            self._edge(RelType.LOCATED_IN, body.key, province.key, ev)
            if self._country_closes(ent, place.country):  # "... of Tak Province, Thailand"
                country = self._add(Node(Label.LOCATION, country_name(place.country),
                                         properties={"kind": "country", "country": place.country}))
                self._edge(RelType.LOCATED_IN, province.key, country.key, ev)

    def _country_closes(self, ent: Span, code: str) -> bool:
        """The province's country closes the body's name ("... Bureau of Thailand") or follows it
        after a comma ("... of Tak Province, Thailand")."""
        name = country_name(code)
        if self._text(ent).endswith(f" of {name}"):
            return True
        after = self.doc[ent.end + 1] if ent.end + 1 < len(self.doc) and self.words[ent.end] == "," else None
        return after is not None and after.ent_type_ == "COUNTRY" and after.ent_id_ == code

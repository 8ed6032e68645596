"""People who trafficked others, told with the active verb: "The accused, identified as A and B,
trafficked victims from Rajasthan to Myanmar", "Vask and his associates eventually trafficked 54
Zorvanian nationals". The subject of an active "trafficked" with people as its object engaged in
human trafficking; the passive ("were trafficked") tells of the victims, and is left alone."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.state import _State
from scamgraph.model import Evidence, Label, Node, RelType

__all__ = ["TraffickerRules"]

#: Words that may stand between the named subject and its verb: the rest of a list of people, an
#: apposition's commas, an adverb
_BETWEEN = frozenset({",", "and", "his", "her", "their", "accomplices", "associates", "allegedly", "reportedly",
                      "ultimately", "had", "have", "has", "then", "later"})
#: Words after the verb that make its object people: "trafficked victims", "trafficked 88 Taiwanese"
_PEOPLE_OBJECTS = frozenset({"victims", "people", "them", "workers", "women", "men", "children", "youths"})


class TraffickerRules(_State):
    """The named subject of an active "trafficked" engaged in human trafficking."""

    def _traffickers(self, sent: Span, ents: list[Span], ev: Evidence) -> None:
        lower = self.lower
        if "trafficked" not in lower[sent.start:sent.end]:
            return
        people = [e for e in ents if e.label_ == "PERSON" and (e.start, e.end) in self.span_node]
        for k in range(sent.start + 1, sent.end - 1):
            if lower[k] != "trafficked" or not self._people_after(k + 1, sent.end):
                continue
            subjects = self._subjects_before(k, people, sent.start)
            if subjects:
                scam = self._add(Node(Label.SCAM_TYPE, "human trafficking"))
                for person in subjects:
                    self._edge(RelType.ENGAGED_IN, person.key, scam.key, ev)

    def _people_after(self, k: int, end: int) -> bool:
        """People follow the verb: a people word, a number or a demonym."""
        if k >= end:
            return False
        word = self.lower[k]
        return word in _PEOPLE_OBJECTS or word in gz.people_nouns() or self.like_num[k] or self.doc[k].ent_type_ == "NORP"

    def _subjects_before(self, verb: int, people: list[Span], floor: int) -> list[Node]:
        """The people named right before the verb, with only list words, commas and adverbs between."""
        found: list[Node] = []
        k = verb
        for person in sorted(people, key=lambda e: -e.start):
            if person.end > k:
                continue
            if any(w not in _BETWEEN and not w.endswith("ly") for w in self.lower[person.end:k]):
                break
            found.append(self.span_node[(person.start, person.end)])
            k = person.start
        if found and k > floor and self.lower[k - 1] in {"was", "were", "been", "be"}:
            return []
        return found

""""The Lotus Police ... After a tip-off on Monday, the police detained 14 foreign
nationals": a story names its police force once and then calls it "the police". Where the subject
of an act is that bare "the police" and the story has named exactly one police force before it,
that force carried the act out. Two or more forces named, or none, and "the police" stays no one's:
the reader does not guess between them."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.words import COORDINATING_POLICE
from scamgraph.model import Evidence, Label, RelType

__all__ = ["PoliceToldAgain"]

#: Words that may stand between "the police" and the verb of the act: "the police (have) (also) raided".
_BETWEEN = frozenset({"have", "has", "had", "also", "later", "then", "subsequently", "eventually", "reportedly",
                      "allegedly", "swiftly", "immediately"})
#: Kinds of event a police force carries out when it is their subject.
_POLICE_ACTS = frozenset({"raid", "arrest", "detention", "rescue", "seizure", "investigation"})


class PoliceToldAgain(_State):
    """CONDUCTED from the one police force a story named to the acts "the police" did later."""

    def _police_again(self, sent: Span, ents: list[Span], events: list[_Event], ev: Evidence) -> None:
        k = self._bare_police_subject(sent, ents)
        if k < 0:
            return
        forces = [node for node in self.batch.nodes.values() if node.label is Label.AGENCY and node.properties.get("kind") == "police"
                  and node.name.lower() not in COORDINATING_POLICE  # (Interpol is no story's "the police")
                  and not self._only_a_helper(node.key)]
        if len(forces) != 1:
            return
        while k < sent.end and self.lower[k] in _BETWEEN:
            k += 1
        for event in events:
            if event.type in _POLICE_ACTS and k in self.event_words.get(id(event), []) \
                    and not any(key[1] is RelType.CONDUCTED and key[2] == event.node.key for key in self.edges):
                self._edge(RelType.CONDUCTED, forces[0].key, event.node.key, ev)

    def _only_a_helper(self, key: str) -> bool:
        """The force has only helped another body's acts ("raided by the ministry with the help of
        Chinese police officers"): a visiting force, not the one the story later calls "police"."""
        roles = {rel for source, rel, _target in self.edges if source == key}
        return RelType.PARTICIPATED_IN in roles and RelType.CONDUCTED not in roles

    def _bare_police_subject(self, sent: Span, ents: list[Span]) -> int:
        """The word after a bare "the police" (or a clause-opening "police") that no body's name
        holds, else -1: "After a tip-off on Monday, the police detained"."""
        named = {k for e in ents for k in range(e.start, e.end)}
        for k in range(sent.start, sent.end - 1):
            if self.lower[k] != "police" or k in named:
                continue
            opens = k == sent.start or self.lower[k - 1] == "the" or self.words[k - 1] == ","
            if opens and (k - 1 < sent.start or k - 1 not in named):
                return k + 1
        return -1

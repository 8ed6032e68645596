"""Where a sending home happened: the port people crossed or landed at ("received 85 citizens at
the X International Border Gate", "the plane landed at X Airport"), in the act's sentence or in one
soon after it. Apart from ``event_places.py`` because a sending home has two ends, and only a port
named after an arrival word or the act's own word says which end the report places it at."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.other_clauses import OtherClauses
from scamgraph.loaders.news.state import _Event
from scamgraph.model import Evidence, Label, Node, RelType

#: Last words of the names of places where people cross a border or land ("... International Airport",
#: "... Border Gate", "... border crossing"): the one place a sending home is told to happen at
_PORT_HEADS = {"airport", "gate", "crossing", "checkpoint", "bridge", "port", "seaport", "terminal"}
#: Words that say people came in at a place ("landed at", "arrived in", "received ... at")
_ARRIVING_AT = {"arrived", "arrive", "arrives", "landed", "lands", "land", "touched", "received", "receives",
                "occurred", "took", "place", "handed", "over", "returned", "crossed"}
#: Prepositions of the place people came in at (not "from", "leaving": where they set out)
_PORT_PREPOSITIONS = {"at", "in", "through", "via"}
#: The furthest a port stands after its event's word
_PORT_REACH = 25
#: Tokens after the last word of a sending home within which a landing is still told of it
_STILL_TOLD = 150


class ReturnPorts(OtherClauses):
    """Edges from a sending home to the port people crossed or landed at (mixed into ``EventPlaces``)."""

    def _ports(self, ents: list[Span], nodes: dict, sent: Span, event: _Event | None) -> list[Node]:
        """"received 85 citizens at the X International Border Gate", "the plane landed at X Airport":
        a sending home has two ends, and the report names the one where people crossed or landed by
        a port's own name after "at"/"in"/"through"; the place they left ("after leaving X Airport")
        has another preposition. With ``event`` None the port must follow an arrival word."""
        found = []
        for ent in ents:
            node = nodes.get((ent.start, ent.end))
            if node is None or node.label is not Label.LOCATION or node.properties.get("kind") != "landmark" \
                    or self.lower[self._port_head(ent)] not in _PORT_HEADS:
                continue
            prep = ent.start - 1 - (self.lower[ent.start - 1] == "the")
            if prep <= sent.start or self.lower[prep] not in _PORT_PREPOSITIONS:
                continue
            if _ARRIVING_AT & set(self.lower[max(sent.start, prep - 3):prep]) \
                    or event is not None and self._port_of_the_event(prep, event):
                found.append(node)
        return found

    def _port_head(self, ent: Span) -> int:
        """The head word of a port's name, before the number that says which one ("NAIA Terminal 1",
        "Friendship Bridge No. 2", "Gate 3")."""
        k = ent.end - 1
        if k > ent.start and self.like_num[k]:
            k -= 1
            if k > ent.start and self.lower[k] in {"no", "no.", "number"}:
                k -= 1
        return k

    def _port_of_the_event(self, prep: int, event: _Event) -> bool:
        """"handed over 28 nationals, found to be overstayers, to the Lotville Border Guard Post at the
        X International Border Gate": a port names where the people crossed even some way after the
        event's word, as long as no other clause opens between."""
        own = self.event_words.get(id(event)) or []
        return any(t < prep and prep - t <= _PORT_REACH and not self._other_clause(t + 1, prep) for t in own)

    def _landed_at(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        """"The plane carrying them landed at X Airport": a sentence with no event word of its own
        tells where the sending home just told ended, if it names a port after an arrival word."""
        if self.sent_home is None or sent.start - self.sent_home[0] > _STILL_TOLD:
            return
        for port in self._ports(ents, nodes, sent, None):
            self._edge(RelType.OCCURRED_AT, self.sent_home[1].node.key, port.key, ev)

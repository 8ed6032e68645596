"""Who took part in an event: the agencies that conducted, announced or helped in it, and the people
who took part in it or were its targets (where it happened is ``event_places.py``).

This module walks a sentence's names; what a body did is read in ``event_bodies.py``, what a person
was in ``event_people.py`` (the bounds of a list of people in ``people_lists.py``), people told again
by a pronoun or a number in ``people_again.py``, and whether a name and an event's word share a
clause in ``event_ties.py``."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.event_bodies import BodiesInEvents
from scamgraph.loaders.news.event_people import PeopleInEvents
from scamgraph.loaders.news.mention_text import _parenthesized
from scamgraph.loaders.news.modifier_agents import agent_of_another_act
from scamgraph.loaders.news.people_again import PeopleToldAgain
from scamgraph.loaders.news.police_again import PoliceToldAgain
from scamgraph.loaders.news.state import _Event
from scamgraph.model import Evidence, Node, RelType

#: What an armed group holding a border area is told to do as a state's forces would
_ARMED_GROUPS_ACTS = frozenset({"raid", "arrest", "detention", "rescue", "deportation", "repatriation", "handover"})


class EventLinks(BodiesInEvents, PeopleInEvents, PeopleToldAgain, PoliceToldAgain):
    """Edges from an event to its places, agencies and people, sentence by sentence."""

    def _event_links(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], sites: list[Node],
                     announcing: set[tuple[int, int]],
                     ev: Evidence) -> None:
        if not events:
            self._landed_at(sent, ents, nodes, ev)
            return
        for ent in ents:
            node = nodes.get((ent.start, ent.end))
            if node is None or _parenthesized(ent):
                continue
            if ent.label_ == "AGENCY":
                self._agency_in_events(ent, node, sent, ents, events, announcing, ev)
            elif ent.label_ == "ORG" and node.properties.get("kind") == "armed group":
                # "The DKBA handed over 70 foreigners to Thailand": an armed group that holds a border
                # area does what a state's police does there (not "rescued from a DKBA compound")
                said_it_did = self._says_it_did(ent, sent)  # ("the KNU said its forces raided X")
                acts = self._acts(ent, sent, ents) or said_it_did  # type: ignore[attr-defined]
                for event in events:
                    if event.type in _ARMED_GROUPS_ACTS and ((ent.start, ent.end) not in announcing or said_it_did) \
                            and acts and self._tied(ent, event) and not self._did_something_else(ent, sent) \
                            and not agent_of_another_act(self.lower, ent.start, sent.start, sent.end, event.type):
                        self._edge(RelType.CONDUCTED, node.key, event.node.key, ev)
            elif ent.label_ == "PERSON":
                self._person_in_event(ent, node, sent, events, announcing, ev)
        for phrase, body, _place in self.placed_bodies:  # "Police in Lao Cai arrested 21"
            self._agency_in_events(phrase, body, sent, ents, events, announcing, ev)
        self._pronoun_in_event(sent, ents, events, ev)
        self._named_group_in_event(sent, events, ev)
        self._police_again(sent, ents, events, ev)
        for event in events:
            self._event_places(event, sent, ents, nodes, sites, ev)
        self._placed_bodies_places(events, nodes, ev)  # type: ignore[attr-defined]

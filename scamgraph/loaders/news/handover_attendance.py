"""Who attended a handover: the officials and bodies a sentence lists as present at the handing over
of people sent home ("The handover ceremony was attended by Colonel A of the Zorvan Police and
Consul B of the Embassy of Velor", "The handover saw the presence of ...", "Also present were ...").

State media tell a deportation or repatriation first and then list, in a sentence of its own, who
attended its handover; that sentence names no act of its own, so the people and bodies in it were
tied to nothing. Each took part in the sending home told last (none of them carried it out: the
sentence says only that they were there; "During the handover, officials, including A, attended"
says the same). A meeting's attendees are not the handover's ("a meeting
was held, attended by ..."), so the subject must be the handover itself; a body told after "under"
is only the parent of an attendee's body ("of the X Police under the Ministry of Y")."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.words import SENDING_HOME
from scamgraph.model import Evidence, Node, RelType

#: Words of the subject that make it the handover itself ("the handover ceremony", "the transfer process")
_HANDOVER = frozenset({"handover", "hand-over", "transfer", "transfers", "deportation", "repatriation",
                       "extradition"})
#: Words of a subject that is some other gathering than the handover
_OTHER_GATHERING = frozenset({"meeting", "meetings", "talks", "conference", "forum", "summit", "briefing"})
#: Phrases after the subject that open the list of those present
_ATTENDED = (["was", "attended", "by"], ["were", "attended", "by"], ["attended", "by"], ["saw", "the", "presence", "of"],
             ["was", "witnessed", "by"], ["witnessed", "by"])
#: Words one of which each of those phrases holds, at most its third word
_ATTENDING_WORDS = frozenset({"attended", "presence", "witnessed"})
#: Openings of a sentence that goes on listing those present ("Also present were ...")
_ALSO_PRESENT = (["also", "present", "were"], ["also", "present", "was"], ["also", "attending", "were"],
                 ["present", "were"])
#: Labels of the names that attend
_ATTENDING = frozenset({"PERSON", "AGENCY"})


class AttendanceRules(_State):
    """People and bodies present at a handover took part in the sending home."""

    attended_before = False  # the sentence before listed those present at a handover

    def _attendees(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        """Ties each person and body listed as present at a handover to the sending home told last."""
        listed_before, self.attended_before = self.attended_before, False
        opens = self._list_opens(sent, listed_before)
        event = self._last_sending_home() if opens is not None else None
        if opens is None or event is None:
            return
        self.attended_before = True
        for ent in ents:
            node: Node | None = nodes.get((ent.start, ent.end))
            if ent.start < opens or ent.label_ not in _ATTENDING or node is None \
                    or "under" in self.lower[ent.start - 2:ent.start] or self._did_it(node, event):
                continue
            self._edge(RelType.PARTICIPATED_IN, node.key, event.node.key, ev)

    def _list_opens(self, sent: Span, listed_before: bool) -> int | None:
        """Where the list of those present begins: after "attended by" or "saw the presence of" when
        the subject before it is a handover, or after "Also present were" right after such a list."""
        lower = self.lower[sent.start:sent.end]
        for n in (3, 2):
            if listed_before and any(lower[:n] == opening for opening in _ALSO_PRESENT):
                return sent.start + n
        if lower[:1] == ["during"] and lower[-2:-1] in (["attended"], ["present"]) and "," in lower:
            # "During the handover process, officials, including A, head of X, attended."
            comma = lower.index(",")
            return sent.start + comma + 1 if not _HANDOVER.isdisjoint(lower[:comma]) else None
        if _ATTENDING_WORDS.isdisjoint(lower[1:20]):
            return None  # (most sentences: no phrase of attending among their first words)
        for k in range(1, min(len(lower), 16)):
            phrase = next((p for p in _ATTENDED if lower[k:k + len(p)] == p), None)
            if phrase is None:
                continue
            subject = lower[:k]
            if _HANDOVER.isdisjoint(subject) or not _OTHER_GATHERING.isdisjoint(subject):
                return None
            return sent.start + k + len(phrase)
        return None

    def _last_sending_home(self) -> _Event | None:
        """The deportation, repatriation or extradition the story told last."""
        return next((e for e in reversed(self.events) if e.type in SENDING_HOME), None)

    def _did_it(self, node: Node, event: _Event) -> bool:
        """Whether the name is already the one that carried the sending home out."""
        return (node.key, RelType.CONDUCTED, event.node.key) in self.edges

"""Whether a body or a person stands in one clause with an event's own word (the check every
reading of who took part shares): not in another clause, not behind the event ("ordered by X"),
not the issuer of a paper the act was done under. Apart from ``event_links.py`` because both the
bodies' and the people's readings (``event_bodies.py``, ``event_people.py``) ask it."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.event_places import EventPlaces
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.words import _PEOPLE_WORDS

#: Words that open a phrase telling what came before the event announced ("after a three-month investigation")
_BACKGROUND_OPENERS = {"after", "following", "before", "amid", "during"}
#: Verbs of those behind an event or around it, not of those who carried it out ("ordered by X")
_BEHIND_IT = {"ordered", "orders", "approved", "authorised", "authorized", "requested", "praised", "thanked",
              "welcomed", "urged", "prompted", "commended", "condemned", "criticised", "criticized"}
#: Objects of those verbs that name an operation, or the event told before
_OPERATION_NOUNS = {"operation", "operations", "raids", "mission", "missions", "evacuations", "evacuation", "patrol",
                    "it", "them", "this", "that"}
#: Participles whose "by" names who did the event ("carried out by", "conducted by", "led by")
_DOING = {"carried", "conducted", "launched", "organized", "organised", "coordinated", "staged", "executed",
          "performed", "undertaken", "jointly", "supported", "led", "commanded", "supervised", "overseen", "assisted", "backed", "aided", "facilitated", "accompanied",
          "involved", "spearheaded", "headed", "initiated", "mounted", "escorted", "flown", "transported", "received",
          "handed", "returned", "deported", "arrested", "detained", "rescued", "raided", "targeted", "seized", "busted",
          "issued", "signed", "filed", "imposed"}
#: Kinds of event that are a paper a body issues: the issuer carried them out
_ISSUED_KINDS = {"warrant", "sanction", "charge"}
#: Words before a writ that others acted on: "acting on a red notice", "based on a warrant", "under a warrant"
_ACTED_ON = frozenset({"acting", "based", "strength", "under", "pursuant", "executing", "executed", "serving", "served"})
#: Verbs of taking in people others freed or sent: the body after them received the people, no more
_RECEIVING = frozenset({"received", "welcomed", "greeted", "met"})


class EventTies(EventPlaces):
    """Whether a name and an event's word stand in one clause."""

    def _tied(self, ent: Span, event: _Event) -> bool:
        """The agency and one of the event's own words stand in one clause: "police in Poipet raided",
        "carried out by X"; not "the raid freed 52, who were afterwards taken into custody by X", nor
        "the raid was ordered by X" (X decided it; others did it)."""
        words = self.event_words.get(id(event))
        if not words:
            return True  # an event told before, or one only a count tells of
        for t in words:
            if ent.end <= t and self._object_described(ent.end, t):
                continue
            lo, hi = (ent.end, t) if ent.end <= t else (t + 1, ent.start)
            if ent.end <= t and self.lower[lo:lo + 2][-1:] in (["which"], ["who"]) and self.lower[lo] in {",", "which", "who"}:
                lo += 2 if self.lower[lo] == "," else 1  # "the court, which charged them": its own clause
            if event.type == "warrant" and ent.end <= t and any(k in self.trigger_at for k in range(lo, hi)):
                continue  # "police raided the hub on the strength of a warrant issued by a court": the raiders'
            if event.type == "warrant" and t < ent.start and not _ACTED_ON.isdisjoint(self.lower[max(0, t - 5):t]) \
                    and {"from", "by", "issued", "of"}.isdisjoint(self.lower[t + 1:ent.start]):
                continue  # "Acting on an Interpol red notice, Thai immigration police arrested ...": they acted on it
                # (not "under warrants from the Criminal Court": the court issued them)
            if t < ent.start and not _RECEIVING.isdisjoint(self.lower[lo:hi]):
                continue  # "Nine Peruvians, freed in X, were met today by their embassy": the receiver
            if not self._other_clause(lo, hi) and not self._behind_it(lo, hi, agent=t < ent.start) \
                    and not (t < ent.start and event.type not in _ISSUED_KINDS and self._issued_by(hi)) \
                    and not (t < ent.start and self._joined_clause(lo, hi, ent.end)):
                return True
        return False

    def _object_described(self, lo: int, t: int) -> bool:
        """"The police arrested 19 men extradited from Cambodia", "arrested eight nationals after
        their deportation": the agency's own act is the event word before; the participle after the
        people, or a phrase opened by "after", tells their past, done by others."""
        own = any(k in self.trigger_at for k in range(lo, t - 1))
        described = self.lower[t].endswith("ed") and (self.lower[t - 1] in _PEOPLE_WORDS or self.doc[t - 1].ent_type_ == "NORP")
        return own and (described or bool(_BACKGROUND_OPENERS & set(self.lower[max(lo, t - 3):t])))

    def _joined_clause(self, lo: int, hi: int, end: int) -> bool:
        """"... after they were handed over to Korea, and the Busan police held three": a comma and a
        conjunction open a clause whose subject (the agency, a verb right after it) is not the
        event's; a list ("collaboration between A, B, and C", "by A, B, and C") is no such clause."""
        words = self.lower[lo:hi]
        verb = end < len(self.lower) and (self.lower[end].endswith("ed") or self.lower[end] in EVENT_TRIGGERS)
        return verb and "by" not in words and any(w == "," and words[k + 1:k + 2] and words[k + 1] in {"and", "but", "while"}
                                                  for k, w in enumerate(words))

    def _issued_by(self, hi: int) -> bool:
        """"The raid was carried out under a mission order issued by X": X issued a paper the act was
        done under, and the act is someone else's (the paper itself, a warrant, is X's own act)."""
        return hi >= 2 and self.lower[hi - 1] in {"by", "the"} and "by" in self.lower[hi - 2:hi] \
            and self.lower[hi - 2 - (self.lower[hi - 1] == "the")] in {"issued", "signed"}

    def _behind_it(self, lo: int, hi: int, agent: bool) -> bool:
        """"ordered by X" (the verb before X's "by"), "X ordered police to raid": X decided or judged
        the event; someone else carried it out."""
        if not agent:
            return bool(_BEHIND_IT & set(self.lower[lo:hi]))
        by = next((k for k in range(hi - 1, lo - 1, -1) if self.lower[k] == "by"), None)
        if by is None or by == 0:
            return False
        verb = self.lower[by - 1]
        # "kept in holding camps operated by the Merrow Front": the agent of another participle, not the event's
        another = verb.endswith("ed") and not EVENT_TRIGGERS.get(verb) and verb not in _DOING and by - 1 >= lo
        return verb in _BEHIND_IT or another

"""The scam an event was about, when the sentence tells it as the event's ground or target:
"arrested ... on suspicion of fraud", "deported 215 Zorvanians for assorted criminal
activities including online scams", "a raid on an online gambling den", "charged with fraud",
"an investigation into a romance scam". Only the words that open a ground ("for", "over", "on
suspicion of", "involvement in") or a target ("on", "against", "into" after an investigation)
tie the two: a scam named elsewhere in the sentence ("rescued from a compound in Myawaddy, where
online scams are run") is said of the place or the people, not of the event, and linking every
event to every scam of its sentence made more false facts than true ones."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Event, _State
from scamgraph.model import Evidence, RelType

__all__ = ["EventScamRules"]

#: Kinds of event done to named offenders, whose ground is their offence (a rescue's or a visit's is
#: not). A raid's or a deportation's "for" tells the place's trade or the people's past more often
#: than the act's own ground ("raided a casino suspected of online scamming", "deported 280 for their
#: involvement in online fraud"): in the hand-labelled stories those were the scam of the site or
#: of the people, not of the event, five times in six.
_AGAINST_OFFENDERS = frozenset({"arrest", "detention", "charge", "investigation", "sanction", "extradition", "warrant"})
#: Word runs that open an event's ground: "arrested for", "deported over", "on suspicion of"
_GROUNDS = (("on", "suspicion", "of"), ("on", "charges", "of"), ("in", "connection", "with"), ("suspected", "of"),
            ("accused", "of"), ("involvement", "in"), ("involved", "in"), ("charged", "with"), ("for",), ("over",))
#: Word runs that open a target after a raid, a crackdown or an investigation: "a raid on", "a probe into"
_TARGETS = (("on",), ("against",), ("targeting",), ("into",))
#: The preposition that opens the ground after a verb of accusing written as the event's own word: "were
#: charged with human trafficking", "charged 14 people with fraud", "indicted for", "convicted of"
_OWN_GROUNDS = {verb: (("with",),) for verb in ("charged", "charging", "indicted")} \
    | {verb: (("of",),) for verb in ("accused", "convicted")}
_TARGETED_KINDS = frozenset({"investigation"})
#: How many words may stand between the event word and the ground ("arrested and deported 462
#: Chinese nationals for"), and between the ground's opener and the scam ("for various criminal
#: activities including online scams")
_TO_OPENER, _TO_SCAM, _TO_TARGET = 6, 7, 2
#: Words that end the event's clause: past them the sentence tells of something else
_CLAUSE_ENDS = frozenset({".", ";", ":", "—", "–", "(", "who", "which", "where", "while", "but", "after", "before",
                          "when", "said", "says"})
#: Words that join one scam of a list to the next ("online scams and human trafficking")
_LIST_WORDS = frozenset({",", "and", "or", "as", "well", "other"})


class EventScamRules(_State):
    """ENGAGED_IN from an event to the scam its sentence gives as the event's ground or target."""

    def _event_scams(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], ev: Evidence) -> None:
        scams = [e for e in ents if e.label_ == "SCAM" and (e.start, e.end) in nodes]
        if not scams or not events:
            return
        for event in events:
            if event.type not in _AGAINST_OFFENDERS:
                continue
            for word in self.event_words.get(id(event), []):
                for scam in self._grounds_of(word, event.type, scams, sent.end):
                    self._edge(RelType.ENGAGED_IN, event.node.key, nodes[(scam.start, scam.end)].key, ev)

    def _grounds_of(self, word: int, kind: str, scams: list[Span], end: int) -> list[Span]:
        """The scams told as a ground or target that opens within a few words after the event word
        ("arrested 25 men on suspicion of fraud for their involvement in a phone scam": either)."""
        for opener, reach in self._openers_after(word, kind, end):
            first = next((s for s in scams if opener <= s.start <= opener + reach), None)
            if first is not None and not _CLAUSE_ENDS.intersection(self.lower[opener:first.start]):
                return self._listed_from(first, scams)
        return []

    def _listed_from(self, first: Span, scams: list[Span]) -> list[Span]:
        """The scam and those listed after it ("online scams and human trafficking")."""
        found = [first]
        for scam in scams:
            if scam.start > found[-1].end and set(self.lower[found[-1].end:scam.start]) <= _LIST_WORDS:
                found.append(scam)
        return found

    def _openers_after(self, word: int, kind: str, end: int) -> list[tuple[int, int]]:
        """Each index after a ground's (or target's) opening words before the clause ends, with how
        far on its scam may start (a target's right after its article: "a raid on an online gambling
        den", not "raided three sites near the Lao border in a sweep on fraud compounds")."""
        targets = _TARGETS if kind in _TARGETED_KINDS else ()
        # "charged (three men) with", "accused of": the verb's own opener, in a story of no site (where the
        # story has one, the real-article golds give the scam to the site, not to the charge)
        own = () if self.sites else _OWN_GROUNDS.get(self.lower[word], ())
        found: list[tuple[int, int]] = []
        for k in range(word + 1, min(end, word + 2 + _TO_OPENER)):
            if self.lower[k] in _CLAUSE_ENDS or (self.lower[k] == "," and k > word + 1):
                break
            for run in _GROUNDS + targets + own:
                if tuple(self.lower[k:k + len(run)]) == run:
                    found.append((k + len(run), _TO_TARGET if run in targets else _TO_SCAM))
        return found

"""The phone scam a fraudulent call centre runs when the story names no other scam.

A story about "a fake call centre in Dravnik" or "the illegal call centres" that names no scam of
its own tells of a phone scam: the centre's work is calling its victims, so the scam is voice
phishing. Where the story names the scam the centre ran ("fraudulent call centres selling bogus
investments", "a call centre for romance scams"), the centre is only where that scam was worked,
and the named scam is the fact; so voice phishing is read only when no such scam is named.
Trafficking, job lures, posing as officials and laundering are told of call centres too, but none
of them is the centre's own scam, so they leave voice phishing to be read.

A call centre with no word of fraud ("worked at a call centre", "jobs in call centres") may be a
lawful one, and is left alone. A "call-centre gang" may be told of one whose calls only carried
another scam (the gang words name the people, not their scam: "a call-centre gang posing as customs
officers"), so it tells voice phishing only in a story that names no scam at all: there the gang's
calls are the only fraud told, as the real-article golds read it.
"""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.state import _State
from scamgraph.model import Label, Node

__all__ = ["CallCentreScams"]

#: Words before "call centre" that make it a fraud's: "a fake call centre", "illegal call centres"
_FRAUD_WORDS = frozenset({"fraudulent", "fake", "illegal", "scam", "bogus", "sham"})
#: Words after "call centre" naming those who defraud from it: "call centre scammers"
_FRAUDSTERS = frozenset({"scammers", "scammer", "fraudsters", "fraudster"})
_CENTRES = frozenset({"centre", "center", "centres", "centers"})
#: Words after "call centre" naming a gang: "a call-centre gang", "call center gangs"
_GANGS = frozenset({"gang", "gangs"})
#: Scams a story may name as the call centre's own work: any of them is the fact instead
_OWN_SCAMS = frozenset({"voice phishing", "phishing", "online fraud", "investment fraud", "crypto fraud",
                        "pig butchering", "romance scam", "loan scam", "online gambling", "sextortion"})


class CallCentreScams(_State):
    """Voice phishing from a fraudulent call centre, where the story names no scam of its own, or from
    a call-centre gang, where it names none at all."""

    #: a sentence read so far told of a fraudulent call centre
    fraud_call_centre: bool = False
    #: a sentence read so far told of a call-centre gang
    call_centre_gang: bool = False

    def _note_call_centre(self, sent: Span) -> None:
        """Marks a sentence that tells of a fraudulent call centre ("fake call-centres", "call centre
        scammers"), or of a call-centre gang (a weaker cue: see ``_call_centre_scam``)."""
        lower = self.lower
        for k in range(sent.start, sent.end - 1):
            if lower[k] != "call":
                continue
            end = k + 2 if lower[k + 1] in _CENTRES else k + 3 if lower[k + 1] == "-" and k + 2 < sent.end \
                and lower[k + 2] in _CENTRES else 0
            if end and (k > sent.start and lower[k - 1] in _FRAUD_WORDS
                        or end < sent.end and lower[end] in _FRAUDSTERS):
                self.fraud_call_centre = True
                return
            if end and end < sent.end and lower[end] in _GANGS:
                self.call_centre_gang = True

    def _call_centre_scam(self) -> None:
        """Voice phishing, once the whole story is read, if it told of a fraudulent call centre and
        named no scam that centre may have run instead, or of a call-centre gang and named no scam."""
        if not (self.fraud_call_centre or self.call_centre_gang):
            return
        named = {n.name for n in self.batch.nodes.values() if n.label is Label.SCAM_TYPE}
        unnamed = named.isdisjoint(_OWN_SCAMS) if self.fraud_call_centre else not named
        if unnamed:
            self._add(Node(Label.SCAM_TYPE, "voice phishing"))

"""Counted people to whom the sentence tells no act done: still waiting for it ("with 90 more
awaiting evacuation"), ready for it, held as someone tells of their plight ("a survivor said 450
people were being held in his block"), denied or asked about ("None of the 45 Thais has been
charged", "not clear whether 25 Kenyans were freed"), sent by the accused, or hurt beside the dead.
The count walk (``counts._counts``) skips them before looking for their act."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.held_captive import _STATE_CENTRES
from scamgraph.loaders.news.negated_subjects import negated_count
from scamgraph.loaders.news.questions import a_question, asked_about
from scamgraph.loaders.news.state import _Count, _State
from scamgraph.loaders.news.words import BELIEVES, SAYS

#: Words right after counted people that say nothing was done to them yet
_STILL_WAITING = frozenset({"awaiting", "await", "waiting", "remain", "remaining", "still"})
#: Words after "are"/"were" that say the act is still to come: "are ready for repatriation"
_NOT_YET = frozenset({"ready", "awaiting", "waiting"})


class CountsOfNoAct(_State):
    """Reads whether a count's people had any act done to them (mixed into the count rules)."""

    def _no_act_done(self, count: _Count, sent: Span) -> bool:
        """The sentence tells no act done to the people ``count`` counts (see the module's words)."""
        after = self.lower[count.end:count.end + 3]
        if after[:1] and after[0] in _STILL_WAITING and count.done_to < 0:
            return True  # "with 90 more awaiting evacuation", "120 nationals remain in the region"
        if after[:1] in (["are"], ["were"]) and count.end + 1 < sent.end and self.lower[count.end + 1] in _NOT_YET:
            return True  # "while the remaining 1,310 individuals are ready for repatriation": still to come
        if after in (["were", "being", "held"], ["are", "being", "held"]) \
                and not (SAYS | BELIEVES).isdisjoint(self.lower[max(sent.start, count.start - 3):count.start]) \
                and _STATE_CENTRES.isdisjoint(self.lower[count.end + 3:min(sent.end, count.end + 9)]):
            return True  # "a survivor said 450 people were being held in his block": their plight
            # (not "... were being held at an immigration centre": the state holds them)
            # (but "93 rescued Indonesians await repatriation": their rescue, told by the participle)
        if negated_count(self.lower, count.start, sent.start) or asked_about(self.lower, count.start, sent.start) \
                or a_question(self.words, sent.start, sent.end):
            return True
        if self._sent_by_the_accused(count, sent):  # type: ignore[attr-defined]  # (governing.py)
            return True
        # ("caused the deaths of 9 ... and injuries to four other Chinese": the hurt, none of the dead)
        return self.lower[max(sent.start, count.start - 2):count.start] in (["injuries", "to"], ["injury", "to"])

"""Whether a count verb is told as done: not awaited, aimed at, planned, asked for, denied or
said of a state the people are in ("awaiting deportation", "plans to repatriate", "the return of
45 is scheduled for Friday"). Apart from governing.py, which asks it of every verb it reads."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from scamgraph.loaders.news.act_nouns import ACT_NOUNS as _ACT_NOUNS
from scamgraph.loaders.news.act_nouns import ASKING_ACTS
from scamgraph.loaders.news.act_nouns import PLANNED as _PLANNED
from scamgraph.loaders.news.acts_not_done import no_act_done
from scamgraph.loaders.news.averted_acts import ahead_of, averted, hard_to_do, home_on_leave, only_enabled
from scamgraph.loaders.news.carriers_sent import carriers_sent
from scamgraph.loaders.news.count_leads import CountLeads
from scamgraph.loaders.news.demands import asked_for
from scamgraph.loaders.news.done_together import counted_more, done_together
from scamgraph.loaders.news.held_captive import held_captive
from scamgraph.loaders.news.idle_count_verbs import booked_for_a_crime
from scamgraph.loaders.news.let_go import freed_by_law
from scamgraph.loaders.news.served_aims import served_aim
from scamgraph.loaders.news.planned_acts import carried_ahead
from scamgraph.loaders.news.purpose_frames import purpose_only
from scamgraph.loaders.news.shared_infinitives import AWAITING, awaited_together
from scamgraph.loaders.news.shared_modal import modal_shared
from scamgraph.loaders.news.situated import situated
from scamgraph.loaders.news.words import OF_THEIR_OWN_ACCORD, _NAMED_AFTER, _NOT_YET, _PROSPECT, a_rewards_aim

_MODALS = {"could", "would", "will", "may", "might", "should", "shall", "can"}
#: Base verbs that end like an "-ing" form: "to bring home 40" is an infinitive.
_BASE_ING = frozenset({"bring", "sing", "ring", "spring", "swing", "sting", "fling", "cling", "wring", "string"})
#: "to facilitate the return of 38": a sending home a step arranges is its aim, not yet done
#: (names_and_sources.py's _ENABLING are the verbs a step serves an inquiry with).
_ARRANGING = {"facilitate", "expedite", "arrange", "ensure", "secure", "enable", "allow", "speed"}
#: Words that say an act did not happen.
_DENIAL = {"denied", "denies", "deny", "denying", "refuted", "refutes", "dismissed"}
#: Participles of a schedule or a mark before "for" and an act's noun ("slated for deportation")
_SLATED = frozenset({"slated", "scheduled", "set", "due", "earmarked", "listed", "flagged", "marked", "lined",
                     "eligible", "expected", "planned", "queued"})
#: Words that open a relative clause about the people an act noun names: what it tells is theirs
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which"})


class ToldAsDone(CountLeads):
    """Tells a count verb done from one only aimed at, planned or denied."""

    def _told_as_done(self, j: int, sent: Span) -> bool:
        """Not "awaiting deportation", "facing deportation" or "a deportation facility"."""
        before = set(self.lower[max(sent.start, j - 2):j]) - counted_more(self.lower, self.like_num, j, sent.start)
        after = self.lower[j + 1] if j + 1 < sent.end else ""
        lead = range(max(sent.start, j - 3), j)  # "would be repatriated": not yet
        modal = any(self.lower[k] in _MODALS and not self._month_may(k, sent) for k in lead) \
            or modal_shared(self.lower, j, sent.start, _MODALS) \
            or awaited_together(self.lower, self.words, j, sent.start, AWAITING)
        # ("will be declared ... and deported", "need to be found and rescued": still to come)
        if self.lower[j] == "booked" and not booked_for_a_crime(self.lower, j):
            return False  # "booked flights for 40 workers": travel, no case against them
        if j > sent.start and self.lower[j - 1] in OF_THEIR_OWN_ACCORD:
            return False  # "ten others voluntarily returned to Dastra": no one sent them
        if self.lower[j] == "busted" and j > sent.start and self.lower[j - 1] in {"the", "a", "an", "its", "their"}:
            return False  # "the busted gambling dens": the dens, an adjective, no one taken
        if self.lower[j] == "hands" and j > sent.start and self.lower[j - 1] in {"the", "their", "its"}:
            return False  # "21 Zambians in the hands of the militia": held, the noun; no one handed over
        return (not before & (_NOT_YET | _PROSPECT) and not modal and after not in _NAMED_AFTER
                and not self._aimed_at(j, sent) and not held_captive(self.lower, j, sent.end, sent.start)
                and not no_act_done(self.lower, j, sent.end, sent.start) and not situated(self.lower, j, sent.start, sent.end)
                and not home_on_leave(self.lower, j, sent.end)  # "had returned to Java on holiday": no one sent
                and not freed_by_law(self.lower, j, sent.end)  # "freed for lack of evidence": no one rescued
                and not ahead_of(self.lower, j, sent.start)  # "ahead of their flight home": still to come
                and not carried_ahead(self.lower, j, sent.end)  # "a plane carrying 45 Zorvanians is set to land"
                and not averted(self.lower, j, sent.start)  # "to prevent 95 suspects from being deported"
                and not a_rewards_aim(self.lower, j, sent.start)  # "a bounty for tips leading to their arrest"
                and not hard_to_do(self.lower, j, sent.end)  # "filing charges against the 40 would be difficult"
                and not only_enabled(self.lower, j, sent.start)  # "to help the 40 stranded there be evacuated"
                and not self._denied(j, sent))  # type: ignore[attr-defined]  # "cannot press charges against the 40"

    def _aimed_at(self, j: int, sent: Span) -> bool:
        """"seeking to arrest", "plans to repatriate", "expected to be repatriated": an aim, not an act
        (but "helped to repatriate" is done); "the repatriation of 45 is scheduled for Friday", "talks on the
        return of 45": a planned act; "denied that 45 had been arrested": an act said not to have happened."""
        lead = self.lower[max(sent.start, j - 3):j]
        verb = self.lower[j]
        participle = verb.endswith("ed") or verb.endswith("ing") and verb not in _BASE_ING  # (not "to bring")
        infinitive = lead[-1:] == ["to"] and not participle or lead[-2:] == ["to", "be"]
        if infinitive and lead[-1:] == ["to"] and (lead[-2:-1] and lead[-2] in {"helped", "managed"}
                                                   or done_together(self.lower, j - 1, sent.start)):
            infinitive = False
        if infinitive and lead[-1:] == ["to"] and carriers_sent(self.lower[max(sent.start, j - 9):j - 1]):
            infinitive = False  # "The army deployed two flights to repatriate 143 Nepalis on Monday": the flights flew
        planned = self.lower[j] in _ACT_NOUNS and bool(_PLANNED & set(self.lower[sent.start:self._clause_end(j, sent)])  # (not "the
        # return of 29 citizens who had gone to Myanmar seeking work": the people's own past, told after "who")
                                                        or any(a == "to" and b in _ARRANGING for a, b in pairwise(lead))
                                                        or served_aim(self.lower, j, sent.start, sent.end))  # "to assist in the return of 38"
        asked = (self.lower[j] in _ACT_NOUNS or self.lower[j] == "arrest") \
            and asked_for(self.lower, j, sent.start, ASKING_ACTS)
        slated = self.lower[j] in _ACT_NOUNS and j - 2 >= sent.start and self.lower[j - 1] == "for" \
            and self.lower[j - 2] in _SLATED  # "40 were initially slated for deportation": marked for it, not sent
        return infinitive or planned or asked or slated \
            or bool(_DENIAL & set(self.lower[sent.start:j])) \
            or purpose_only(self.lower, j, sent.start)  # "are working with police to trace and rescue 17"

    def _clause_end(self, j: int, sent: Span) -> int:
        """Where the clause of the word at ``j`` ends: its first relative pronoun after it, else the
        sentence's end (read only for an act's noun, the one word whose plan ``_aimed_at`` reads)."""
        return next((k for k in range(j + 1, sent.end) if self.lower[k] in _RELATIVE_PRONOUNS), sent.end)

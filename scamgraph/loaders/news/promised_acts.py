"""Acts only meant, guessed, asked for or denied: a modal of the future or of possibility
("could be deported", "will probably be deported"), a promise ("pledged to hasten the expulsion",
"vowed they would be repatriated"), a plan's aim, a demand ("called for the repatriation of"), a
negation ("could not be repatriated", "a lack of arrest warrants"). Apart from asides.py, which asks
these of every event word (and ``ToldAsDone._told_as_done`` asks ``_denied``)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.demands import SEEKING, asked_for
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.negated_subjects import denied_by_case, denied_by_subject, denied_clause
from scamgraph.loaders.news.ordered_acts import ordered
from scamgraph.loaders.news.planned_acts import FUTURE

#: Acts a verb of seeking asks for ("seeking the arrest of"); a seizure "sought" in a complaint is told done
_SOUGHT_KINDS = frozenset({"arrest", "extradition", "rescue", "repatriation"})  # ("sought the rescue of 24 Indians")
#: Verbs of planning or wishing, whose next step's aim is not yet an act: "plans to negotiate ... to repatriate"
_PLANNING = {"plans", "plan", "planned", "planning", "intends", "intend", "aims", "seeks", "seek", "hopes", "wants",
             "proposed", "proposes"}
#: Describing words between an infinitive's verb and the act noun it aims at ("to ensure a thorough crackdown")
_AIM_FILLERS = frozenset({"full", "thorough", "comprehensive", "complete", "total", "swift", "effective", "strict",
                          "sustained", "wider", "broader", "further", "lasting"})
#: Verbs of promising, whose infinitive names an act meant, not done ("pledged to hasten the expulsion")
_PROMISING = frozenset({"vowed", "vows", "vow", "pledged", "pledges", "pledge", "promised", "promises", "promise",
                        "committed", "undertook", "sought", "seeks", "aims", "aimed", "plans", "planned", "wants",
                        "agreed", "agree", "agrees", "resolved"})  # ("agreed to launch joint crackdowns")
#: Modals of what could, might or will happen: none tells an act done ("can finally escape": able to;
#: "will" and the reported "would" tell a plan, and a plan is no event: ``planned_acts``)
_HYPOTHETICAL = {"could", "might", "may", "should", "must", "can", "cannot"} | FUTURE
#: Adverbs that make a "will" or "would" a guess ("will probably be deported")
_HEDGES = frozenset({"probably", "likely", "possibly", "perhaps", "maybe"})
#: Negators, and the words that may stand between one and the event word it denies
#: ("no charges had been decided": the determiner "no" denies the noun it stands before)
_NEGATORS = {"not", "never", "n't", "n’t", "cannot", "unable", "failed", "fails", "fail", "refused", "refuses", "no",
             "refuse", "refusing", "declined", "declines", "decline", "declining"}  # ("continue to refuse evacuation")
#: Nouns of lacking: the act "of" after one is wanting ("a lack of arrest warrants")
_WANTING = frozenset({"lack", "absence", "want"})
_NEGATED_GAP = {"be", "been", "being", "yet", "have", "get", "got", "proceed", "with", "the", "a", "an", "to",
                "press", "file", "bring", "lay"}  # ("cannot press charges", "did not file charges")


#: Words of a time told between a verb of promising and its "to": "vowed on Monday to hasten ..."
_PROMISE_TIMES = frozenset({"on", "last", "this", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday", "yesterday", "today", "again", "anew", "publicly", "earlier"})


def _promised_after(lead: list[str], to: int) -> bool:
    """The "to" at ``to`` follows a verb of promising, directly or past a time of the promise
    ("pledged on Tuesday to speed up the return of ...", "vowed again to hasten ...")."""
    k = to - 1
    while k > 0 and to - k <= 3 and lead[k] in _PROMISE_TIMES:
        k -= 1
    return lead[k] in _PROMISING


class PromisedActs:
    """Tells an act meant, guessed, asked for or denied from one told as done (mixed into
    ``EventAsides``, which supplies the document's words)."""

    lower: list[str]
    words: list[str]

    def _hypothetical(self, i: int, sent: Span) -> bool:
        """A modal of possibility or of the future right before the event word, past only "be",
        "have been", "face", an adverb and a hedge ("could soon be deported", "will probably be
        deported", "will face charges")."""
        k = _before_going_ahead(self.lower, i - 1, sent.start)  # ("will proceed with deporting all 40")
        while k > sent.start and (self.lower[k] in {"be", "have", "been", "face"} or self.lower[k].endswith("ly")
                                  or self.lower[k] in {"soon", "also", "then", "still", "now"} or self.lower[k] in _HEDGES):
            k -= 1
        if k - 1 > sent.start and self.lower[k] == "to" and self.lower[k - 1] in {"have", "need"} \
                and self.lower[k - 2] in _HYPOTHETICAL:
            k -= 2  # "may have to deport the 30", "will need to rescue them": a need still to meet
        if k > sent.start and self.lower[k] == "to" and self.lower[k - 1] in {"likely", "unlikely"}:
            return True  # "are likely to be deported": a guess
        return k >= sent.start and self.lower[k] in _HYPOTHETICAL and self.words[k] != "May"  # (the month)

    def _promised_clause(self, i: int, sent: Span) -> bool:
        """"vowed they would be repatriated within 10 days", "promised that the workers will be
        brought home": the act of a clause a verb of promising governs, told with "would" or "will",
        is what someone means to do, not a happening."""
        k = i - 1
        while k > sent.start and self.lower[k] in {"be", "soon", "all", "also", "quickly", "safely"}:
            k -= 1
        if k <= sent.start or self.lower[k] not in {"would", "will", "'ll"}:
            return False
        for j in range(k - 1, max(sent.start, k - 5) - 1, -1):
            if self.lower[j] in _PROMISING:
                return True
            if self.words[j] in {",", ";", ":"} or self.lower[j] in EVENT_TRIGGERS:
                return False
        return False

    def _demanded(self, i: int, kind: str, sent: Span) -> bool:
        """"called for the repatriation of", "urged the immediate release and return of", "demanding
        the extradition of", and for a person's arrest or extradition "a notice seeking the arrest
        of": what someone asks for has not happened."""
        return asked_for(self.lower, i, sent.start) or ordered(self.lower, i, sent.start) \
            or kind in _SOUGHT_KINDS and asked_for(self.lower, i, sent.start, SEEKING)

    def _denied(self, i: int, sent: Span) -> bool:
        """A negation governs the event word: "not", "never" or "n't" right before it, past only
        auxiliaries and a light "proceed with" ("could not be repatriated", "can't proceed with repatriation"),
        a noun of lacking before "of" ("a lack of arrest warrants"), a negative subject in its clause ("none of them escaped"),
        a verb of denial governing its clause ("denied reports that they were detained"), or a noun
        of a happening there was none of ("there has never been a case where a clerk was kidnapped")."""
        k = i - 1
        while k > sent.start and self.lower[k] in _NEGATED_GAP:
            k -= 1
        if k > sent.start and self.lower[k] == "of" and self.lower[k - 1] in _WANTING:
            return True  # "a lack of arrest warrants", "in the absence of charges": none there
        for j in range(max(sent.start, i - 6), i - 1):  # "It was not a police raid": no such act
            if self.lower[j] in {"not", "never"} and self.lower[j + 1] in {"a", "an"} \
                    and all(w.isalpha() for w in self.lower[j + 2:i]):
                return True
        return k >= sent.start and self.lower[k] in _NEGATORS or denied_by_subject(self.lower, i, sent.start) \
            or denied_clause(self.lower, i, sent.start) \
            or denied_by_case(self.lower, i, sent.start)  # "denied that any were held", "never been a case where"

    def _promised_noun(self, i: int, sent: Span) -> bool:
        """"pledged to hasten the expulsion of ...", "promised to ensure the return of ...": an
        act noun that an infinitive after a verb of promising governs (within four words, six past a
        second infinitive after "and"; no clause break between) is what someone means to do, not a
        happening."""
        if self.lower[i].endswith("ed"):
            return False
        lead = self.lower[max(sent.start, i - 8):i]
        at = next((k for k in range(len(lead) - 2, 0, -1) if lead[k] == "to" and _promised_after(lead, k)), None)
        if at is None or {",", ";", "after", "when"} & set(lead[at:]):
            return False
        # ("agreed to deepen cooperation and launch crackdowns": a second infinitive shares the "to";
        # not "agreed to talks and raided": a verb of its own)
        joined = [k for k in range(at, len(lead) - 1) if lead[k] == "and"]
        if not joined:
            return len(lead) - at <= 5  # (four words at most between "to" and the act word)
        return not lead[joined[-1] + 1].endswith(("ed", "s"))

    def _aim_of_a_plan(self, i: int, sent: Span) -> bool:
        """"The ministry plans to talk with Lao officials to repatriate the workers": the sending
        home is what a planned step is for, two steps from happening (the act planned itself, "plans to
        deport", is ``planned``)."""
        words = self.lower[sent.start:i - 1]
        return any(w == "to" and k > 0 and words[k - 1] in _PLANNING for k, w in enumerate(words))

    def _noun_aim_of_a_plan(self, i: int, sent: Span) -> bool:
        """"They plan to trace the backers in order to ensure a full crackdown": an act noun that the
        verb of a later infinitive takes as its object ("to ensure a full crackdown", an article and
        up to two describing words between) is what a planned step is for, as ``_aim_of_a_plan``
        reads for a verb; a participle ("to help the rescued") describes people and is left alone."""
        if self.lower[i].endswith(("ed", "ing")):
            return False
        k = i - 1
        while k > sent.start and i - k <= 3 and self.lower[k] in _AIM_FILLERS | {"a", "an", "the"}:
            k -= 1
        return k - 1 > sent.start and self.lower[k - 1] == "to" and self.lower[k].isalpha() \
            and self.lower[k] not in EVENT_TRIGGERS and self._aim_of_a_plan(k, sent)


#: Verbs of going ahead with an act: "will proceed with deporting them", "will go ahead with the
#: repatriation" (the act is still to come where a modal governs them)
_GOING_AHEAD = (["proceed", "with"], ["go", "ahead", "with"], ["move", "ahead", "with"])


#: Verbs that undertake the act a noun after them names: "will conduct an investigation", "can
#: open a probe", "may launch raids" (the act is still to come where a modal governs them)
_UNDERTAKING = frozenset({"conduct", "launch", "open", "start", "begin", "initiate", "mount", "undertake", "stage"})
#: Words between such a verb and its act noun: an article and a few describing words ("a full-scale")
_UNDERTAKEN_FILLERS = frozenset({"a", "an", "the", "more", "further", "-"})


def _before_undertaking(lower: list[str], k: int, start: int) -> int:
    """The position before a verb of undertaking whose object's noun follows ``k`` ("can conduct a
    full-scale | investigation" gives the position of "can"), past "out" of "carry out" and up to
    four articles or describing words; ``k`` where none stands there. A participle does not end
    such an object ("will open the compound raided last week": that raid is told)."""
    if k < start or lower[k + 1].endswith("ed"):
        return k
    j = k
    while j > start and k - j < 4 and (lower[j] in _UNDERTAKEN_FILLERS or lower[j].isalpha()
                                        and lower[j] not in _UNDERTAKING and lower[j] != "out"):
        j -= 1
    if lower[j] == "out" and j > start and lower[j - 1] == "carry":
        return j - 2  # "will carry out raids"
    return j - 1 if j >= start and lower[j] in _UNDERTAKING else k


def _before_going_ahead(lower: list[str], k: int, start: int) -> int:
    """The position before a verb of going ahead ending at ``k`` (past a "the" of the act's noun):
    "will proceed with (the) deporting" gives the position of "will"; ``k`` where none ends there
    (or before a verb of undertaking: ``_before_undertaking``)."""
    if k < start:
        return k
    if (undertaken := _before_undertaking(lower, k, start)) != k:
        return undertaken
    j = k - (lower[k] == "the")
    for words in _GOING_AHEAD:
        first = j - len(words) + 1
        if first > start and lower[first:j + 1] == words:
            return first - 1
    return k

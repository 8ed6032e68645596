"""Acts told as a condition or as the road not taken, not as done: "if any nationals are held",
"unless they are flown home", "instead of expelling them", "rather than being charged". The
clause that "if" or "unless" opens says what would follow such an act, and "instead of" or
"rather than" names the act that was passed over; neither tells that the act took place. The
reader already drops the bare form ("if convicted"); this finds the clause with a subject and
an auxiliary between the condition word and the event word, in English word order, looking
back a few words only. After "unless" the active form counts too ("unless embassies deport
them"), since that word never opens a fact. An act still to come that hangs on a condition told
after it ("will be questioned and prosecuted if they are found to have broken the law", "would
be deported unless ...") is no act either (``on_condition``)."""

from __future__ import annotations

#: Words that open a condition
CONDITIONS = frozenset({"if", "unless"})
#: Auxiliaries of a passive or perfect event word: "if they are held", "unless it has been raided"
_AUXILIARIES = frozenset({"are", "is", "were", "was", "be", "been", "being", "get", "gets", "got", "have", "has",
                          "had", "ever", "later", "again"})
#: Words a short subject may hold: determiners and quantifiers before a noun or a pronoun
_SUBJECT_WORDS = frozenset({"the", "any", "more", "some", "other", "others", "they", "he", "she", "it", "we", "you",
                            "those", "these", "their", "our", "his", "her", "its", "such", "further", "all"})
#: Most words a subject may take before the auxiliary ("if any more Lao workers are held")
_SUBJECT_SPAN = 4


def conditioned(lower: list[str], i: int, start: int) -> bool:
    """Whether the event word at ``i`` ends a clause opened by "if" or "unless" a short subject
    and an auxiliary before it: "wants to be told if citizens are held" tells no detention."""
    k = i - 1
    while k > start and lower[k] in _AUXILIARIES:
        k -= 1
    if k == i - 1:  # no auxiliary: "if convicted" is the older test's, "if police raided" is past fact told,
        return _unless_active(lower, i, start)  # but "unless" never tells a fact
    subject = 0
    while k > start and subject < _SUBJECT_SPAN and _subject_word(lower[k]):
        k -= 1
        subject += 1
    return subject > 0 and lower[k] in CONDITIONS


#: Words of an act still to come or only possible, before the act word they govern
_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can", "must", "'ll"})
#: Words that may stand between such a word and the act word: "will be questioned and prosecuted"
_VERB_GROUP = _AUXILIARIES | {"and", "or", "then", "also", "not", "likely", "face", "immediately"}


def on_condition(lower: list[str], i: int, start: int, end: int) -> bool:
    """Whether the act word at ``i`` is still to come, under a modal before it, and hangs on "if" or
    "unless" right after it ("will be prosecuted if they are found guilty", "could be deported
    unless ...")."""
    if if_needed(lower, i, end):
        return True
    if not (i + 1 < end and lower[i + 1] in CONDITIONS):
        return False
    k = i - 1
    while k > start and k > i - 8 and (lower[k] in _VERB_GROUP or lower[k].endswith("ed")):
        k -= 1  # ("will be questioned and | prosecuted")
    return k >= start and lower[k] in _MODALS


#: Words of a need after "if": "if necessary", "if needed", "if required"
_NEEDS = frozenset({"necessary", "needed", "required", "need", "warranted"})


def if_needed(lower: list[str], i: int, end: int) -> bool:
    """The act word at ``i``, a verb's plain form, hangs on a need told right after it: "a panel to
    look into the case and free, if necessary, the workers" names a remit, not an act done (the
    past form, "were deported, if necessary by force", tells the act and only how)."""
    k = i + 1 + (lower[i + 1:i + 2] == [","])
    return not lower[i].endswith("ed") and lower[k:k + 1] == ["if"] and k + 1 < end and lower[k + 1] in _NEEDS


#: Subjects that name no one in particular: "anyone who ...", "whoever ...", "those who ..."
_ANYONE = frozenset({"anyone", "anybody", "whoever", "everyone", "any"})


def threatened(lower: list[str], i: int, start: int) -> bool:
    """Whether the act word at ``i`` is still to come, under a modal, for a subject that names no one
    in particular: "anyone who moves foreigners through its territory will be arrested", "those
    who help them will be prosecuted", "Anyone who cheats our people will be arrested": a warning
    to all, no act done to anybody."""
    k = i - 1
    while k > start and k > i - 8 and (lower[k] in _VERB_GROUP or lower[k].endswith("ed")):
        k -= 1
    if not (k >= start and lower[k] in _MODALS):
        return False
    subject = lower[start:k]
    if "that" in subject:  # ("announced that any armed group who ... will be arrested": the clause's subject)
        subject = subject[len(subject) - subject[::-1].index("that"):]
    generic = any(w in _ANYONE for w in subject[:3]) or subject[:2] == ["those", "who"] \
        or any(a == "any" and "who" in subject[n:n + 6] for n, a in enumerate(subject))
    return generic and "who" in subject or any(w in _ANYONE - {"any"} for w in subject)


#: Words that name an act passed over: "instead of expelling them", "rather than being charged"
_PASSED_OVER = (("instead", "of"), ("rather", "than"), ("in", "lieu", "of"))


def passed_over(lower: list[str], i: int, start: int) -> bool:
    """Whether the event word at ``i`` follows "instead of" or "rather than" (past a "being"):
    the act another one replaced, which did not happen."""
    k = i - 1 if i - 1 >= start and lower[i - 1] == "being" else i
    return any(k - len(words) >= start and tuple(lower[k - len(words):k]) == words for words in _PASSED_OVER)


def _subject_word(word: str) -> bool:
    """A word that may stand in a short subject: a determiner or pronoun, or a plain word (a noun
    or a demonym), never punctuation, a number's clause break or a verb of its own."""
    return word in _SUBJECT_WORDS or word.isalpha() and word not in CONDITIONS and word not in {"and", "or", "that"}


def _unless_active(lower: list[str], i: int, start: int) -> bool:
    """Whether the active event word at ``i`` follows "unless" and a short subject ("unless the
    embassies repatriate them"): what must happen first, never a fact, whatever the tense."""
    k, subject = i - 1, 0
    while k > start and subject < _SUBJECT_SPAN and _subject_word(lower[k]):
        k -= 1
        subject += 1
    return subject > 0 and lower[k] == "unless"


#: Words before an act that make it a thing weighed: "any consideration of extradition", "are
#: considering deportation", "to consider repatriation"
_WEIGHING = frozenset({"consider", "considers", "considering", "consideration", "weigh", "weighing", "weighs",
                       "mulling", "contemplating"})
#: Words after an act that make it a thing weighed: "before deportation is considered"
_WEIGHED = frozenset({"considered", "contemplated", "weighed", "mulled"})
#: Words that may follow "considered" where it weighs, not judges: the clause ends there
_CLAUSE_CLOSERS = frozenset({".", ",", ";", ":", "and", "or", "but", "until", "when", "if", "unless", "\n"})
#: Words that may stand between: "consideration of any", "considering the", and the plain kinds of
#: a step weighed ("considering criminal charges", "weighing further legal action")
_WEIGHING_BETWEEN = frozenset({"of", "any", "the", "a", "their", "possible", "whether", "potential", "criminal",
                               "legal", "further", "fresh", "new", "formal", "appropriate"})


def weighed(lower: list[str], i: int, start: int, end: int) -> bool:
    """Whether the act word at ``i`` names a step weighed, not taken: an object of "consider",
    "consideration of" ("before any consideration of extradition"), or a subject of "is
    considered" ("before deportation is considered")."""
    k = i - 1
    while k > start and k > i - 4 and lower[k] in _WEIGHING_BETWEEN:
        k -= 1
    if k >= start and lower[k] in _WEIGHING:
        return True
    j = i + 1
    while j < end and j < i + 4 and lower[j] in {"is", "are", "was", "were", "be", "being", "been", "not", "even"}:
        j += 1
    closes = j + 1 >= end or lower[j + 1] in _CLAUSE_CLOSERS  # (not "was considered a success": a judgement)
    return j > i + 1 and j < end and lower[j] in _WEIGHED and closes


#: Verbs of running a risk: the harms listed after one are feared, not done ("those who refuse risk
#: beatings, rape, or even death")
_RISKING = frozenset({"risk", "risks", "risking", "risked"})
#: Words before "risk" that make it a noun of its own ("took a risk and raided", "a high-risk raid")
_RISK_AS_NOUN = frozenset({"a", "an", "the", "high", "great", "big", "low", "-", "calculated"})
#: Verbs of wanting an outcome, whose object's participle is wished for: "they want the offenders convicted"
_WISHING = frozenset({"want", "wants", "wanted", "hope", "hopes", "hoping", "hoped", "wish", "wishes", "wished",
                      "urge", "urges", "urged", "demand", "demands", "demanded", "expect", "expects"})
#: Finite verbs and auxiliaries: one between the act word and such a verb opens a clause of its own
_CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "said", "says"})


def feared_or_wished(lower: list[str], i: int, start: int) -> bool:
    """Whether the act word at ``i`` is a harm listed after a verb of risking ("risk beatings, rape,
    or even death") or a past participle wished for after a verb of wanting ("want the victims
    compensated and the offenders convicted"): neither tells an act done. (Not "a high-risk raid".)"""
    for k in range(i - 1, max(start, i - 9) - 1, -1):
        if lower[k] in _CLAUSE_VERBS or lower[k] in {".", ";", ":"}:
            return False
        if lower[k] in _RISKING and not (k > start and lower[k - 1] in _RISK_AS_NOUN):
            return True  # (the verb, or "at risk of": not "took a risk and raided")
        if lower[k] in _WISHING and lower[i].endswith("ed") and k < i - 2:
            return True
    return False

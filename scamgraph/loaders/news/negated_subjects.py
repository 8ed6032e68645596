"""An act whose subject denies it: "none of the men got to escape", "no one was arrested",
"nobody has been charged", "not one of them was freed", "not a single agent has been charged". A negative subject (a closed class:
"none", "nobody", "no one", "not one", "neither") tells that the act did not happen, as "not" before the verb does (``asides._denied``
reads that one)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["denied_by_case", "denied_by_subject", "denied_clause", "negated_count"]

_NEGATIVE_SUBJECTS = frozenset({"none", "nobody", "neither"})
#: Words that end the subject's clause before the act word: the act then has another subject
#: ("nobody knows how many were freed": the act is in a clause of its own, not denied)
_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "or", "who", "which", "that", "while", "after", "before",
                            "because", "as", "when", "how", "whether", "if", "what", "where", "why", "said", "says",
                            "knows", "knew", "know"})
#: Relative pronouns, and the auxiliaries of a passive act right before its word: an act after a
#: relative clause with a verb of its own is the main clause's ("None of the men who asked were freed")
_RELATIVES = frozenset({"who", "which", "that"})
_PASSIVE_BE = frozenset({"were", "was", "been", "are", "is", "being"})
#: Words after "no" that make no negative subject: "no longer", "no sooner", "no doubt"
_NOT_A_SUBJECT = frozenset({"longer", "sooner", "doubt", "less", "more", "fewer"})  # ("no fewer than six": at least six)
#: How far before the act word the negative subject may stand ("none of the 40 men were able to | escape",
#: "none of the 40 people who asked for help were | abducted")
_REACH = 14


def denied_by_subject(lower: Sequence[str], i: int, start: int) -> bool:
    """Whether the act word at ``i`` (sentence from ``start``) has a negative subject in its own clause."""
    for k in range(i - 1, max(start, i - _REACH) - 1, -1):
        word = lower[k]
        if word in _RELATIVES and lower[i - 1] in _PASSIVE_BE and not _PASSIVE_BE.issuperset(lower[k + 1:i]):
            continue  # "none of the 40 people who asked for help were abducted": the act is after the relative clause
        if word in _CLAUSE_BREAKS:
            return False
        if word in _NEGATIVE_SUBJECTS or word == "one" and k > start and lower[k - 1] in {"no", "not"}:
            return True
        if word == "no" and k + 1 < i and lower[k + 1] not in _NOT_A_SUBJECT:
            return True  # "No Chinese nationals were arrested in the raid"
        if word == "not" and lower[k + 1:k + 3] == ["a", "single"] and k + 3 < i:
            return True  # "not a single agent in the town has been charged"
    return False


def negated_count(lower: Sequence[str], start: int, floor: int) -> bool:
    """"None of the 45 Thais has been charged", "neither of the two Kenyans was freed": the people a
    count opens with a negative subject before it had nothing done to them (the sentence's verb is
    denied by the same subject), so the count tells no act; nor do those of whom "no trace" was
    found. ``floor`` is the sentence's start."""
    if lower[start] == "one" and start > floor and lower[start - 1] in {"no", "not"}:
        return True  # ("not one of the 12 Kenyans was freed": the "one" is no count either)
    k = start - 1
    while k > floor and lower[k] in {"the", "these", "those", "its", "their"}:
        k -= 1
    if k - 2 >= floor and lower[k] == "of" and lower[k - 2] in {"no", "nothing"} and lower[k - 1] in _TRACES:
        return True  # "police found no trace of the 12 missing Thais": no one was found
    return k > floor and lower[k] == "of" and (lower[k - 1] in _NEGATIVE_SUBJECTS
                                               or lower[k - 1] == "one" and k - 1 > floor and lower[k - 2] in {"no", "not"})


#: What a search finds none of: "found no trace of", "no sign of"
_TRACES = frozenset({"trace", "traces", "sign", "signs", "evidence", "record", "records", "word"})


#: Verbs that deny what their clause tells: "denied that", "dismissed reports that", "rejected claims of"
_DENYING = frozenset({"denied", "denies", "deny", "denying", "dismissed", "dismisses", "rejected", "rejects",
                      "refuted", "refutes"})
#: Nouns of what is denied, between such a verb and "that" or "of"
_CLAIMS = frozenset({"claims", "claim", "reports", "report", "allegations", "allegation", "accusations",
                     "suggestions", "rumours", "rumors", "speculation"})
#: Words that end the denied clause: what follows is told as so ("..., saying 12 were rescued")
_DENIAL_ENDS = frozenset({",", ";", ":", "but", "saying", "adding", "although", "though", "while", "instead"})
#: Words after a comma that open a clause of their own: the denial does not reach past them
_CLAUSE_OPENERS = frozenset({"and", "but", "or", "saying", "adding", "while", "although", "though", "which", "who",
                             "instead", "as", "after", "before", "when", "the", "police", "officials", "it", "they"})


def denied_clause(lower: Sequence[str], i: int, start: int) -> bool:
    """"The ministry denied that any Vietnamese had been detained", "police dismissed reports of
    arrests": the act word at ``i`` stands in a clause a verb of denial governs (the verb, then
    "that" or a noun of claims and "that" or "of", before it in its clause), so it is told as not
    so. ``start`` is the sentence's start."""
    for k in range(i - 1, start - 1, -1):
        word = lower[k]
        if word == "," and i - k <= 12 and k + 1 < len(lower) and lower[k + 1] not in _CLAUSE_OPENERS:
            continue  # "rejected reports that a Polish dancer, Anna K, 24, had been abducted": an apposition's commas
        if word in _DENIAL_ENDS:
            return False
        if word in _DENYING:
            after = lower[k + 1:i]
            return after[:1] == ["that"] or len(after) >= 2 and after[0] in _CLAIMS and after[1] in {"that", "of"} \
                or len(after) >= 3 and after[0] in {"the", "any", "all"} and after[1] in _CLAIMS and after[2] in {"that", "of"}
    return False


#: Nouns of a happening that a negator can say there was none of ("never been a case where ...")
_CASE_NOUNS = frozenset({"case", "cases", "instance", "instances", "incident", "incidents", "example", "examples"})
#: Words between a negator and such a noun ("never been a single case", "no such instances")
_CASE_LEAD = frozenset({"a", "an", "any", "single", "such", "been", "ever", "one", "known", "reported", "recorded"})
#: Words that tie the noun to the act told after it ("a case that ...", "a case of X being ...")
_CASE_LINKS = frozenset({"of", "that", "where", "in", "when", "whereby"})
#: Words that end the denied clause between the noun and the act word: what follows is told as so
_CASE_ENDS = frozenset({";", ":", "but", "although", "though", "while", "yet", "instead", "saying", "adding"})


def denied_by_case(lower: Sequence[str], i: int, start: int) -> bool:
    """"There has never been a case where a clerk was kidnapped", "no instance of a guest being
    held", "not a single case in which ...": the act word at ``i`` is told inside a
    noun of a happening ("case", "instance", "incident") that a negator says there was none of, so
    it did not happen. The noun stands within ten words before the act, tied to it by "of",
    "that", "where", "in" or "when", with no clause end between; the negator stands at most three
    words before the noun. ``start`` is the sentence's start."""
    for k in range(i - 1, max(start, i - 10) - 1, -1):
        if lower[k] in _CASE_ENDS:
            return False
        if lower[k] not in _CASE_NOUNS or k + 1 >= i or lower[k + 1] not in _CASE_LINKS:
            continue
        j = k - 1
        while j >= start and j >= k - 3 and lower[j] in _CASE_LEAD:
            j -= 1
        return j >= start and lower[j] in {"never", "no", "not"}
    return False

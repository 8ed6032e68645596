"""Suspects let go by the law: "five were freed for lack of evidence", "six others were released
without charge", "two were freed after a judge refused to approve their arrest", "four were freed
because police did not request arrest warrants". The words of freedom tell no rescue from captors
(as "freed on bail" does not, ``on_bail``): police or a court stopped holding people they held,
and the ground the story gives for it says so. Read only from the ground told right after the
word of freedom, in its own clause: "freed 40 workers from a compound, police said, after a tip"
gives no such ground, and stays a rescue."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["freed_by_law", "refused_act"]

#: Words of freedom the ground follows
_FREE_WORDS = frozenset({"freed", "released", "free", "let"})
#: Grounds told as one phrase: "for lack of evidence", "without charge"
_GROUNDS = (["lack", "of", "evidence"], ["insufficient", "evidence"], ["want", "of", "evidence"], ["no", "evidence"],
            ["without", "charge"], ["without", "charges"], ["without", "being", "charged"], ["after", "questioning"],
            ["after", "being", "questioned"], ["after", "interrogation"], ["pending", "investigation"],
            ["pending", "further", "investigation"], ["pending", "trial"])
#: Those who may decline to hold suspects, and the verbs of their declining: "after a judge refused to
#: approve their arrest", "after prosecutors declined to seek a warrant"
_DECIDERS = frozenset({"judge", "judges", "court", "courts", "prosecutor", "prosecutors", "prosecution", "magistrate",
                       "magistrates"})
_DECLINING = frozenset({"refused", "declined", "rejected", "denied", "dismissed", "turned"})
#: "did not" before a verb of asking for a writ: "because police did not request arrest warrants"
_NEGATIONS = (["did", "not"], ["didn't"], ["had", "not"], ["failed", "to"], ["chose", "not"])
_SEEKING = frozenset({"request", "seek", "apply", "file", "ask"})
#: Where the ground's clause ends
_CLAUSE_ENDS = frozenset({";", ".", ":", "while", "whereas", "but"})
#: How far after the word of freedom the ground may be told
_REACH = 14


def freed_by_law(lower: Sequence[str], i: int, end: int) -> bool:
    """Whether the word of freedom at ``i`` ("freed", "released", "let (go)") is told with a ground
    of the law's letting go after it, before the clause ends (or ``end``)."""
    if lower[i] not in _FREE_WORDS or lower[i] == "let" and lower[i + 1:i + 2] != ["go"]:
        return False
    stop = next((k for k in range(i + 1, min(end, i + _REACH)) if lower[k] in _CLAUSE_ENDS), min(end, i + _REACH))
    words = list(lower[i + 1:stop])
    if any(words[k:k + len(g)] == g for g in _GROUNDS for k in range(len(words))):
        return True
    deciders = [k for k, w in enumerate(words) if w in _DECIDERS]
    if deciders and any(w in _DECLINING for w in words[deciders[0] + 1:]):
        return True  # "after a judge refused to approve their arrest"
    return any(words[k:k + len(n)] == n and words[k + len(n):k + len(n) + 1] and words[k + len(n)] in _SEEKING
               for n in _NEGATIONS for k in range(len(words))) and "warrant" in " ".join(words)


#: Words between "refused to" and the act's noun: "refused to approve (their) arrest"
_ASKED_OF = frozenset({"approve", "authorize", "authorise", "sanction", "order", "seek", "grant", "allow", "endorse"})
_DETERMINERS = frozenset({"their", "the", "his", "her", "its", "an", "a", "any"})


def refused_act(lower: Sequence[str], i: int, start: int) -> bool:
    """The act's noun at ``i`` is what someone refused to approve: "a judge refused to approve
    their arrest", "prosecutors declined to seek an arrest" (no act done)."""
    k = i - 1
    if k >= start and lower[k] in _DETERMINERS:
        k -= 1
    return k - 2 >= start and lower[k] in _ASKED_OF and lower[k - 1] == "to" and lower[k - 2] in _DECLINING

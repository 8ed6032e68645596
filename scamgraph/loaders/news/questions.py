"""Acts asked about, not told: a sentence that is a question ("Were 60 Indonesians deported?",
"Q: Have the 30 Filipinos been repatriated?"), and a clause that "whether" opens ("could not
confirm whether 25 Kenyans had been rescued", "is checking whether ...", "verifying reports
that ..."). Neither says the act happened; the count in it tells no one done anything to."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["asked_about", "a_question"]

#: Marks that may close a question after its "?"
_CLOSING = frozenset({'"', "”", "’", "'", ")"})
#: Words that open a clause told as unsure: "whether", and the checking of reports or claims
_UNSURE_OPENERS = frozenset({"whether"})
_CHECKING = frozenset({"verifying", "verify", "checking", "check", "investigating", "confirming", "confirm"})
_REPORTS = frozenset({"reports", "claims", "allegations", "information", "rumours", "rumors"})
#: Words before an act's noun that make it a thing named, not an act asked about
_DETERMINERS = frozenset({"a", "an", "the", "recent", "similar", "earlier", "last", "previous", "this", "that"})
#: What ends the unsure clause: what follows is told
_ENDS = frozenset({",", ";", ":", "but", "and", "while"})


def a_question(words: Sequence[str], start: int, end: int) -> bool:
    """The sentence (tokens ``start:end``) ends with a question mark."""
    k = end - 1
    while k > start and (words[k] in _CLOSING or not words[k].strip()):
        k -= 1
    return words[k] == "?"


def asked_about(lower: Sequence[str], i: int, start: int, act_word: bool = False) -> bool:
    """The word at ``i`` stands in a clause opened by "whether" or by the checking of reports
    ("verifying reports that 25 Kenyans were detained"), with nothing that ends the clause between.
    An act named by a noun after a determiner is presupposed, not asked ("whether the case was
    connected to a recent arrest in Lumora": that arrest happened); ``act_word`` says ``i`` is one."""
    if act_word and i > start and lower[i - 1] in _DETERMINERS:
        return False
    for k in range(i - 1, max(start, i - 16) - 1, -1):
        word = lower[k]
        if word in _ENDS:
            return False
        if word in _UNSURE_OPENERS:
            return True
        if word in _REPORTS and k > start and lower[k - 1] in _CHECKING:
            return True
    return False

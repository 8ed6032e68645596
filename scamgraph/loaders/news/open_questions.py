"""A scam named inside an open question ("it was unclear if the workers had been trafficked",
"to determine whether they were victims of trafficking") is a thing someone asks about, not a
scam the story tells of, so that mention makes no scam-type node. The question opens with a word
of doubt or inquiry followed by "if" or "whether", earlier in the same sentence."""

from __future__ import annotations

from collections.abc import Sequence

#: Words that open a question about a fact when "if" or "whether" follows them
_DOUBT = frozenset({"unclear", "clear", "unknown", "uncertain", "known", "determine", "determined", "establish",
                    "ascertain", "verify", "check", "checking", "examine", "assess", "investigate"})
_QUESTION = frozenset({"if", "whether"})
#: Tokens that end the clause a question could reach across
_BOUNDARY = frozenset({".", ";", "!", "?", "\n"})
#: How far back the question word may stand (a closed look-back, not a loop over the sentence)
_REACH = 20


def in_open_question(lower: Sequence[str], start: int) -> bool:
    """True when the scam at ``start`` follows "<doubt word> if/whether" within its sentence."""
    for k in range(start - 1, max(start - _REACH, 0), -1):
        if lower[k] in _BOUNDARY:
            return False
        if lower[k] in _QUESTION and lower[k - 1] in _DOUBT:
            return True
    return False

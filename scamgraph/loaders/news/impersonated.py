"""A body named only as what scammers fake or pose as ("a fake Atlantis police station", "a set
resembling an Atlantis police station", "callers posing as Atlantis police", "pretending to be
officers or officials of the Atlantis Revenue Agency") is no body of the story: the words name a
prop or a disguise, and the real body, where the story names it elsewhere, is read there.

The cue is a closed class of words of faking within the three words before the body's name with no
mark between ("a mock-up set resembling a X", "a replica of a X"; "counterfeit stamps," said the X
is another phrase's), or "posing as" / "pretending to be" right before it (after one article at
most) or before a short list of the people a disguise is made of ("police officers or officials of
the"). Scam compounds build rooms dressed as police offices to frighten the people they call
(development articles 88 and 124); "staged by" is left out: a raid staged by the police names the
raiders."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

#: Words of faking or imitating written before what is faked ("a fake X", "resembling a X").
_FAKING = frozenset({"fake", "mock", "mock-up", "mockup", "bogus", "sham", "replica", "imitation", "counterfeit",
                     "impersonating", "impersonate", "impersonated", "resembling", "resemble", "resembles",
                     "mimicking", "imitating"})
#: Verbs that "as" follows in a disguise ("posing as X", "disguised as X").
_POSING = frozenset({"posing", "pose", "posed", "poses", "disguised", "disguising", "masquerading", "masquerade"})
#: Verbs that "to be" follows in a disguise ("pretending to be X").
_PRETENDING = frozenset({"pretending", "pretend", "pretended", "pretends", "claiming", "claimed"})
_CUES = _FAKING | _POSING | _PRETENDING
_ARTICLES = frozenset({"a", "an", "the"})
#: Words of the people a disguise is made of, before "of the <body>": "officials of the X".
_STAFF = frozenset({"officials", "officers", "agents", "staff", "employees", "representatives", "police", "or",
                    "and", ","})


def may_fake(words: AbstractSet[str]) -> bool:
    """Whether a document's words (lower case) hold any cue of faking or posing; most have none."""
    return not _CUES.isdisjoint(words)


def impersonated(lower: Sequence[str], start: int) -> bool:
    """True when the body whose name opens at ``start`` is only what is faked or posed as."""
    k = start - 1
    if k >= 0 and lower[k] in _ARTICLES:
        k -= 1
    if k >= 1 and lower[k] == "of" and lower[k - 1] in _STAFF:
        k -= 1  # "officials of the X": back over the people to the cue
        while k > 0 and start - k < 8 and lower[k] in _STAFF:
            k -= 1
    return (k >= 0 and _cue_ends_at(lower, k)) or _faked_nearby(lower, start)


def _faked_nearby(lower: Sequence[str], start: int) -> bool:
    """A word of faking in the three words before ``start``, with no mark between (a hyphen is
    part of the word: "a mock-up police office")."""
    for k in range(start - 1, max(-1, start - 4), -1):
        if lower[k] == "-":
            continue
        if not lower[k].isalpha():
            return False
        if lower[k] in _FAKING:
            return True
    return False


def _cue_ends_at(lower: Sequence[str], k: int) -> bool:
    """A word of faking at ``k``, or "posing as" / "pretending to be" ending there."""
    if lower[k] in _FAKING:
        return True
    if lower[k] == "as":
        return k >= 1 and lower[k - 1] in _POSING
    return lower[k] == "be" and k >= 2 and lower[k - 1] == "to" and lower[k - 2] in _PRETENDING

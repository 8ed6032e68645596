"""An act named as what an inquiry is about: "opened an investigation into the detention of 30
workers", "a probe regarding the abduction of two men". The body that inquires looks into the act;
others (captors, traffickers) did it, so the body is none of its doers."""

from __future__ import annotations

from collections.abc import Sequence

#: Nouns of looking into a thing
_INQUIRIES = frozenset({"investigation", "investigations", "probe", "probes", "inquiry", "inquiries",
                        "enquiry", "enquiries", "investigating", "probing"})
#: Words that open what the inquiry is about
_ABOUT = frozenset({"into", "regarding", "concerning", "about", "over", "on"})
#: How far before the act word its inquiry may stand
_REACH = 16
#: Words that end the inquiry's object: a new clause
_BREAKS = frozenset({".", ";", ",", "and", "but", "while", "who", "which", "after", "before", "when"})
#: Participles that tie the object to the act, no verb of another act: "related to the detention"
_LINKING = frozenset({"alleged", "related", "linked", "connected", "reported", "suspected", "involved"})


def inquired_act(lower: Sequence[str], words_at: Sequence[int]) -> bool:
    """Every one of the act's words stands right after "<inquiry> into/regarding (the ...)";
    False where the act has no words of its own in the sentence.

    >>> inquired_act("an investigation regarding the detention of 30".split(), [4])
    True
    >>> inquired_act("police raided the den and opened a probe".split(), [1])
    False
    >>> inquired_act("a probe into the ring led to the arrest of 5".split(), [8])
    False
    """
    return bool(words_at) and all(_about_it(lower, t) for t in words_at)


def _about_it(lower: Sequence[str], t: int) -> bool:
    """"<inquiry> into|regarding ... <act word>", with no clause break nor verb of another act between
    them (up to ``_REACH`` words): "a probe regarding the suspected offence of trafficking
    related to the detention of 20"; not "an investigation into the ring led to the arrest of 5"."""
    for k in range(t - 1, max(0, t - _REACH) - 1, -1):
        if lower[k] in _ABOUT and k >= 1 and lower[k - 1] in _INQUIRIES:
            return True
        if lower[k] in _BREAKS or lower[k].endswith("ed") and lower[k] not in _LINKING:
            return False
    return False

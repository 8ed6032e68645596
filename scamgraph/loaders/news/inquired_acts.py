"""An act named as what an inquiry is about: "opened an investigation into the detention of 30
workers", "a probe regarding the abduction of two men". The body that inquires looks into the act;
others (captors, traffickers) did it, so the body is none of its doers. An inquiry's word inside a
body's name ("the Department of Special Investigation on Friday raided ...") is no inquiry."""

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


def inquired_act(words: Sequence[str], lower: Sequence[str], words_at: Sequence[int]) -> bool:
    """Every one of the act's words stands right after "<inquiry> into/regarding (the ...)";
    False where the act has no words of its own in the sentence.

    >>> inquired_act(*2 * ["an investigation regarding the detention of 30".split()], [4])
    True
    >>> inquired_act(*2 * ["police raided the den and opened a probe".split()], [1])
    False
    >>> inquired_act(*2 * ["a probe into the ring led to the arrest of 5".split()], [8])
    False
    >>> text = "the Bureau of Investigation on Monday raided a den".split()
    >>> inquired_act(text, [w.lower() for w in text], [6])
    False
    """
    return bool(words_at) and all(_about_it(words, lower, t) for t in words_at)


def _in_a_name(words: Sequence[str], k: int) -> bool:
    """The inquiry's word at ``k`` is written with a capital after "of" or another capitalized word:
    the last word of a body's name ("Bureau of Investigation", "Special Investigation")."""
    return k >= 1 and words[k][:1].isupper() and (words[k - 1] == "of" or words[k - 1][:1].isupper())


def _about_it(words: Sequence[str], lower: Sequence[str], t: int) -> bool:
    """"<inquiry> into|regarding ... <act word>", with no clause break nor verb of another act between
    them (up to ``_REACH`` words): "a probe regarding the suspected offence of trafficking
    related to the detention of 20"; not "an investigation into the ring led to the arrest of 5"."""
    for k in range(t - 1, max(0, t - _REACH) - 1, -1):
        if lower[k] in _ABOUT and k >= 1 and lower[k - 1] in _INQUIRIES and not _in_a_name(words, k - 1):
            return True
        if lower[k] in _BREAKS or lower[k].endswith("ed") and lower[k] not in _LINKING:
            return False
    return False

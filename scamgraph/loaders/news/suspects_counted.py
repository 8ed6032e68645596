"""Suspects counted just before a sentence that names "the suspects": "Police named seven Zorvanians
as suspects for recruiting them. The suspects face charges of trafficking." The suspects are those
seven, not the people of the same nationality the story counted earlier as sent home or rescued,
though no act took the seven (naming suspects is no event of its own)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from scamgraph.loaders.numbers import number_value

#: How far back (in tokens) a count of suspects is still the one "the suspects" names
_REACH = 60
#: Nouns of suspects that a count may stand before, past up to three words ("seven Zorvanians as suspects")
_SUSPECTS = frozenset({"suspects", "suspect"})
#: Nouns of suspects that a definite subject told again names ("The accused face charges")
_SUSPECT_NOUNS = frozenset({"suspects", "suspect", "accused", "detainees", "offenders", "perpetrators", "scammers"})


def suspects_counted_apart(lower: Sequence[str], words: Sequence[str], like_num: Sequence[bool], start: int,
                           verb: int, values: Collection[int]) -> bool:
    """The words from ``start`` to ``verb`` name suspects, and within the tokens just before
    ``start`` a number stands up to four words before "suspects" that is none of ``values`` (the
    numbers of the people a pointer back would take)."""
    if _SUSPECT_NOUNS.isdisjoint(lower[start:verb]):
        return False
    for k in range(max(0, start - _REACH), start):
        near = lower[k + 1:k + 5]
        at = next((n for n, w in enumerate(near) if w in _SUSPECTS), None)
        if like_num[k] and at is not None and all(w.isalpha() for w in near[:at]):  # (not "Ma Jun (29). The suspects")
            value = number_value(words[k])
            if value is not None and value not in values:
                return True
    return False

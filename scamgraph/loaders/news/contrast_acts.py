"""A "while" clause that tells the same kind of act again with a subject of its own: "A was arrested
in Laos by the Lao police, while B was arrested in Vietnam by the Vietnamese police". News sets two
acts side by side so, each with its own people, place and doer; read as one act, the second
clause's person, body and country would be credited to the first act. The sentence's act words are
read as two groups, split at the "while", as they are at "follows" (``events.py``)."""

from __future__ import annotations

from collections.abc import Sequence

#: Words that open a clause set beside the one before it
_CONTRAST = frozenset({"while", "whereas"})
#: How far after the "while" its own act verb may stand ("while | Soh | was | arrested")
_REACH = 6
#: Words of a subject's own verb phrase before the act verb ("was arrested", "had been detained")
_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "been", "is", "are"})


def contrast_positions(lower: Sequence[str]) -> list[int]:
    """Where a "while" or "whereas" follows a comma in ``lower`` (1 <= w < len - 2), in order:
    the only places ``contrast_split`` looks at. The reader finds them once per document; scanning
    the whole document's words again for every sentence cost ~50 us a sentence, for a word few
    stories hold."""
    return [w for w in range(1, len(lower) - 2) if lower[w] in _CONTRAST and lower[w - 1] == ","]


def contrast_split(lower: Sequence[str], triggers: Sequence[tuple[int, str]], positions: Sequence[int]) -> int | None:
    """The position of a ", while" whose clause holds, within a few words, a past act verb
    ("was arrested", "detained") of the very kind of an act word before the "while"; None where there is none.

    "police raided a den, while officials rescued 20" (another kind) and "arrested 20 while
    raiding a den" (no comma, no subject of its own) are no such clause. ``positions``: those of
    ``contrast_positions(lower)``, which the caller finds once per document."""
    if not triggers:
        return None  # (no act verb for a clause to hold)
    at = dict(triggers)
    for w in positions:
        before = [kind for i, kind in triggers if i < w]
        verb = next((p for p in range(w + 2, min(len(lower), w + 1 + _REACH)) if p in at), None)
        if verb is None or not lower[verb].endswith("ed") or lower[verb - 1] not in _AUXILIARIES:
            continue
        if at[verb] in before:  # (not "59 detained in a crackdown, while the rest were rescued": no rescue told before)
            return w
    return None

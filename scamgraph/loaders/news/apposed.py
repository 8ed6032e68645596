"""Words that set an act apart from the day a sentence tells. A participle clause set off by commas
right after the people it describes ("179 suspects, captured in the latest joint raids in Laos, had
been escorted back to China on Monday") tells the people's past in passing: an event word inside it
takes no day told before it, which is the main verb's. An act told as "later" ("kidnapped in January,
where he was later rescued") takes no day told before that adverb."""

from __future__ import annotations

from spacy.tokens import Doc

#: Marks that end a clause within a sentence
_MARKS = frozenset({",", ";", ":", "(", ")", "—", "–"})
#: Participles that do not end in "-ed" ("suspects, caught in joint raids, ...")
_IRREGULAR = frozenset({"caught", "held", "taken", "found", "brought", "sent", "flown", "kept", "seen", "stuck",
                        "beaten", "driven"})


def participle_aside(doc: Doc, words: list[str], lower: list[str], idx: list[int], span: tuple[int, int],
                     i: int, people: set[str] | frozenset[str]) -> tuple[int, int] | None:
    """The character span of the comma-bounded participle clause (its opening comma to its closing
    one) that holds the word at ``i``, when a people noun or a demonym stands before it; else None.
    ``span`` is the sentence's first and past-last token."""
    start, end = span
    k = i
    while k > start and words[k] not in _MARKS:
        k -= 1
    if words[k] != "," or k == start or not (lower[k + 1].endswith("ed") or lower[k + 1] in _IRREGULAR):
        return None
    if lower[k - 1] not in people and doc[k - 1].ent_type_ != "NORP":
        return None
    j = i + 1
    while j < end and words[j] not in _MARKS:
        j += 1
    return (idx[k], idx[j]) if j < end and words[j] == "," else None


#: Adverbs that put an act after the one told before it in the sentence, on a day of its own
_LATER = frozenset({"later", "subsequently", "afterwards", "eventually"})


def told_later(lower: list[str], i: int) -> bool:
    """"... kidnapped in January, where he was later rescued": the act is set after the one told
    before it (a day told before the adverb is not its own)."""
    return not _LATER.isdisjoint(lower[max(0, i - 3):i])

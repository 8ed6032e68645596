"""An act done to a named person is a case, never a generic statement: "Many workers fled after police
arrested the suspected boss, <name>" tells one arrest, though "many" marks most sentences that tell
what such places usually do (the reader's screen for generic sentences, ``words._GENERIC``). So is
an act told of a named person as its passive subject: "<name> and several other victims had been
rescued". Nor does a generic word make the act generic when it stands only in a relative clause
set off after the act's word: "sanctioned the Amber Crane Group, which runs many casinos" tells
one sanction, and "many" describes the firm."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from scamgraph import gazetteer as gz

#: How far after the event word the named person may stand ("arrested the suspected boss and
#: businessman <name>": the object's own words before the name)
_OBJECT_WORDS = 7
#: Words that close the act's clause before its object is reached
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "(", "—", "–", "which", "who", "that", "while", "when", "but"})


def acts_on_a_named_person(lower: Sequence[str], i: int, end: int, ents: Sequence[Span]) -> bool:
    """Whether a person's name follows the event word at i as its object, in its own clause."""
    people = {e.start for e in ents if e.label_ == "PERSON" and i < e.start <= i + _OBJECT_WORDS}
    if not people:
        return False  # (most generic sentences name nobody)
    for k in range(i + 1, min(end, i + 1 + _OBJECT_WORDS)):
        if k in people:
            return True
        if lower[k] == "," and people & {k + 1, k + 2}:
            continue  # "arrested its owner, businessman <name>": the name in apposition
        if lower[k] in _CLAUSE_ENDS:
            return False
    return False


#: Words of unnamed people told with a named one: "and several other victims", "and two others".
OTHERS_TOLD = frozenset({"several", "other", "some", "many", "a", "few", "more", "his", "her", "their", "the",
                         "fellow", "foreign"})
#: Words between a named passive subject and its act: others told with the person, and the
#: auxiliaries of the passive ("<name> and two other men were later deported").
_SUBJECT_WORDS = OTHERS_TOLD | {"and", "others", "were", "was", "had", "have", "has", "been", "later", "also", "then",
                                "all", "reportedly"}


def done_to_a_named_subject(lower: Sequence[str], i: int, start: int, ents: Sequence[Span]) -> bool:
    """Whether the event word at i is the passive verb of a person's name opening the sentence
    ("<name> and four other workers had been rescued"): past "and", the unnamed others and the
    auxiliaries, nothing else."""
    if i >= 2 and lower[i - 1] == "and":  # "... had been rescued and | flown to Zorvania": the second act too
        return done_to_a_named_subject(lower, i - 2, start, ents)
    first = next((e for e in ents if e.label_ == "PERSON" and e.start == start), None)
    if first is None or i <= first.end or lower[i - 1] not in {"been", "were", "was"}:
        return False
    return all(w in _SUBJECT_WORDS or w in gz.people_nouns() or w.isdigit() for w in lower[first.end:i])


#: Words that open a relative clause after a comma (", which runs many casinos")
_RELATIVE_OPENERS = frozenset({"which", "who", "whose"})


def described_after(lower: Sequence[str], i: int, end: int) -> int | None:
    """Where a relative clause set off by a comma opens after the event word at ``i`` (sentence up
    to ``end``): the words from there describe what the act was done to, not the act."""
    return next((k for k in range(i + 1, end - 1) if lower[k] == "," and lower[k + 1] in _RELATIVE_OPENERS), None)

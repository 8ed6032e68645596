"""A group's or a body's name written again is that group or body: "fighters of the Kayin Peace Guard,
an armed group ... The handover was the second by the Kayin Peace Guard". Read alone, the second
mention may lose its cue and leave only the place its name opens with ("Kayin"); the words the
story already read as one name are that name wherever they stand, whole and capitalized."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["bodies_named_again"]

#: Labels of the names that stand again for the same group or body
_BODIES = frozenset({"ORG", "AGENCY"})
#: Labels a second mention may have been read as, inside the name: a place it opens with, a person
_READ_INSIDE = frozenset({"PLACE", "COUNTRY", "NORP", "PERSON"})


def bodies_named_again(view: DocView) -> list[Span]:
    """Each later (or earlier) run of the exact capitalized words of a group's or a body's name of
    two words or more that no entity holds whole: that group or body, in place of the places or
    people read inside it (not where an entity runs past it: a longer name of its own)."""
    named = {tuple(view.lower[e.start:e.end]): e for e in view.ents
             if e.label_ in _BODIES and e.end - e.start >= 2 and all(view.cap[k] for k in range(e.start, e.end))}
    found = []
    firsts = {words[0] for words in named}  # (a run can be a name only where one of its first words stands)
    for size in {len(words) for words in named}:
        for start in range(len(view.lower) - size + 1):
            if view.lower[start] not in firsts:
                continue
            body = named.get(tuple(view.lower[start:start + size]))
            if body is None or body.start == start or not all(view.cap[k] for k in range(start, start + size)):
                continue
            inside = {view.owner[k] for k in range(start, start + size) if k in view.owner}
            if all(e.label_ in _READ_INSIDE and e.start >= start and e.end <= start + size for e in inside) \
                    and _closed(view, start, start + size):
                found.append(view.make(start, start + size, body.label_, body.id_))
    return found


def _closed(view: DocView, start: int, end: int) -> bool:
    """No capitalized word runs on either side of the words (they are the whole name, not a part)."""
    return (start == 0 or not view.cap[start - 1] or view.starts[start]) \
        and (end >= len(view.words) or not view.cap[end])

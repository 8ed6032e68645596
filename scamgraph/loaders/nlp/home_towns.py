"""The town a named person is from: "Dara Voss from Velmora, Ilse Brandt from Tarsk".

News names people with their home towns (lists of the arrested or the rescued in South Asian and
African papers above all), and most of those towns are villages and small towns no gazetteer
holds. The name right after a person and "from" is where that person comes from, a place of the
story: read it as a town, as the gazetteer's towns in the same spot already are ("Ana Cruz from
Windhoek"). A body, an outlet or a firm there ("from Interpol", "from the Acme Group") is known by
its name or its head word, or comes after "the", and is decided before this runs."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS, NOT_NAME_WORDS, REGION_WORDS

__all__ = ["towns_people_are_from"]

#: What closes the town's name: the list going on, the sentence's end, or its verb in lower case
_CLOSERS = frozenset({",", "and", ".", ";"})


def towns_people_are_from(view: DocView, undecided: list[tuple[int, int]]) -> list[Span]:
    """Each undecided run of one to three title-case words right after a person's name and
    "from", closed by a comma, "and", the sentence's end or a lower-case word, as a town."""
    people_end = {e.end for e in view.ents if e.label_ == "PERSON"}
    found = []
    for start, end in undecided:
        if start < 2 or start - 1 not in people_end or view.lower[start - 1] != "from" or not 1 <= end - start <= 3:
            continue
        if any(k in view.owner for k in range(start, end)) or not all(
                view.words[k].isalpha() and view.words[k].istitle() for k in range(start, end)):
            continue
        if any(view.lower[k] in NOT_NAME_WORDS or view.lower[k] in REGION_WORDS or view.lower[k] in CALENDAR_WORDS
               or view.lower[k] in gz.heads() or view.lower[k] in gz.place_kinds() for k in range(start, end)):
            continue  # ("from Asia", "from March", "from Vadodara District": decided elsewhere)
        after = view.words[end] if end < len(view.words) else "."
        if after in _CLOSERS or after.islower():
            found.append(view.make(start, end, "PLACE", f"{view.doc[start:end].text}||"))
    return found


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

__all__ = ["people_from_villages", "towns_people_are_from"]

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


#: The words after a town's name that make it one where people live, never where a firm is: "from X village"
_HOME_WORDS = frozenset({"village", "upazila"})


def people_from_villages(view: DocView, undecided: list[tuple[int, int]]) -> list[Span]:
    """"Dara Voss from Velmora village", "Ilse Brandt of Tarsk village": an undecided run of two or
    three title-case words right before "from"/"of" and a village's name is a person, the one who
    lives there (a firm or a body is from no village; bodies and firms are decided before this)."""
    found = []
    for start, end in undecided:
        k = end + 1
        if not 2 <= end - start <= 3 or view.lower[end:end + 1] not in (["from"], ["of"]) \
                or start and view.lower[start - 1] in {"the", "a", "an"}:  # ("the Velmora Weavers of ...": a group)
            continue
        while k < min(end + 4, len(view.words)) and view.words[k].istitle():
            k += 1
        if k == end + 1 or k >= len(view.words) or view.lower[k] not in _HOME_WORDS:
            continue
        if any(k2 in view.owner or not (view.words[k2].isalpha() and view.words[k2].istitle())
               or view.lower[k2] in NOT_NAME_WORDS or view.lower[k2] in gz.heads() or view.lower[k2] in gz.place_kinds()
               for k2 in range(start, end)):
            continue
        found.append(view.make(start, end, "PERSON", ""))
    return found

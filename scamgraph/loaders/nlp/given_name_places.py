"""A country's or a town's name given to a person, told by what the story sets off after the name:
"Chad Miller, an American, was among ...", "Israel Ramos, a driver, ...", "Jordan Vale, 26,". A
place is never set off so, with its own age or a description of one person, right after a lone
name; so the two words are a given name and a family name, whatever the place (the closed list of
``unknown_runs`` needs no such cue for names that are mostly forenames: "Virginia", "Florence").

Not after a word of place ("arrested in Laos Friday, a spokesman said": a day, and a place told as
one), nor inside a longer capitalized run.
"""

from __future__ import annotations

from scamgraph.loaders.nlp.cues import apposition_after
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import APPOSED_PEOPLE, ONE_PERSON

__all__ = ["set_off_as_a_person"]

#: Words after which a capitalized word names a place, not a person ("in Laos", "from Chad")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "into", "across", "of", "via", "toward", "towards"})
#: Nouns of one person by trade, which an apposition may describe a name by ("X, a driver,")
_TRADES = frozenset({"driver", "cook", "chef", "nurse", "teacher", "student", "engineer", "farmer", "fisherman",
                     "labourer", "laborer", "mechanic", "graduate", "programmer", "jobseeker", "trader", "vendor",
                     "tourist", "doctor", "guard", "translator", "interpreter", "accountant", "clerk", "waiter",
                     "mother", "father", "teenager", "migrant"})
#: Nouns of one person an apposition's last word may be
_ONE = APPOSED_PEOPLE | ONE_PERSON | _TRADES


def set_off_as_a_person(view: DocView, start: int, end: int) -> bool:
    """The run [start, end), which opens with a place's name, stands alone (no capitalized word or
    word of place before it) and a comma after it opens an age or one person's description."""
    if start > 0 and not view.starts[start]:
        before = view.words[start - 1]
        if before[:1].isupper() or view.lower[start - 1] in _PLACE_PREPOSITIONS:
            return False
    return apposition_after(view, end) or _one_described(view, end)


def _one_described(view: DocView, comma: int) -> bool:
    """A comma, "a" or "an", at most three words (a people's name among them: "a British national")
    and a noun of one person, closed by a comma, "and", "who" or a full stop: "X, a driver, and ..."."""
    lower = view.lower
    if lower[comma:comma + 1] != [","] or lower[comma + 1:comma + 2] not in (["a"], ["an"]):
        return False
    for k in range(comma + 2, min(len(lower) - 1, comma + 6)):
        if lower[k] in _ONE:
            return lower[k + 1] in {",", "and", "who", "."}
        if not (view.words[k].isalpha() and view.words[k].islower() or view.label_at(k) == "NORP" or "-" in lower[k]):
            return False
    return False

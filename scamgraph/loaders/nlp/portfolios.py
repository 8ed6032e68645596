"""A minister's portfolio, then the name of the one who holds it.

"Minister of State for Overseas Affairs Rohan Kumar Mehta", "the Undersecretary for Migrant
Workers Affairs Elena B. de Castro": a title's "for"/"of" phrase names a portfolio, and a word that
ends a portfolio ("Affairs", "Welfare") ends it; the title-case words after it, up to the run's end,
are the holder's name. Without this cut the run is read as one agency or as no one (a portfolio
word names no person).
"""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import NAME_PARTICLES, SECOND_PARTICLES

__all__ = ["portfolio_then_name", "titled_by_an_acronym"]

#: Words that end a portfolio's name and never a person's ("for Home Affairs and Immigration", "and Tourism")
_PORTFOLIO_ENDS = frozenset({"affairs", "welfare", "immigration", "tourism", "intelligence", "security"})
#: How far before a run a title may stand and still own the portfolio that opens it
_TITLE_REACH = 6


def portfolio_then_name(view: DocView, start: int, end: int) -> int | None:
    """Where the holder's name starts in the run [start, end), or None when the run holds no
    portfolio word followed by two to five words of a name and preceded by a title."""
    ends = [k for k in range(start, end - 2) if view.lower[k] in _PORTFOLIO_ENDS]
    if not ends:
        return None
    first = ends[-1] + 1
    rest = [k for k in range(first, end) if view.words[k] != "-"]
    if not 2 <= len(rest) <= 5 or not view.words[first].istitle() or not all(_name_word(view, k) for k in rest):
        return None
    titled = any(view.label_at(k) == "ROLE" for k in range(max(0, start - _TITLE_REACH), ends[-1]))
    return first if titled else None


def _name_word(view: DocView, k: int) -> bool:
    """A word of a person's name: title case (an initial "A." too) or a lower-case particle, no
    head word, and no entity's but a town's ("Santos")."""
    lower = view.lower[k]
    if lower in gz.heads() or not (view.words[k].istitle() or lower in NAME_PARTICLES or lower in SECOND_PARTICLES):
        return False
    owner = view.owner.get(k)
    return owner is None or owner.label_ == "PLACE" and owner.id_.split("|")[1:2] == ["city"]


def titled_by_an_acronym(view: DocView, start: int, end: int) -> int:
    """Where the run before the holder's name ends: after the body's acronym alone when one opens
    it before the title ("DFA | Undersecretary for Migrant Workers Affairs"), so that the acronym is
    read as the body it stands for; else at ``end``."""
    word = view.words[start]
    acronym = len(word) >= 2 and word.isalpha() and word.isupper()
    return start + 1 if acronym and end - start > 2 and view.label_at(start + 1) == "ROLE" else end

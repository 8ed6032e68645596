"""A minister's portfolio, then the name of the one who holds it.

"Minister of State for Overseas Affairs Rohan Kumar Mehta", "the Undersecretary for Migrant
Workers Affairs Elena B. de Castro": a title's "for"/"of" phrase names a portfolio, and a word that
ends a portfolio ("Affairs", "Welfare") ends it; the title-case words after it, up to the run's end,
are the holder's name. The title may also stand after the portfolio ("Overseas Workers Welfare
Minister Rahim Osman") or head a list of portfolios that runs past the reach of one run ("Minister
of Home Affairs, Labour, and Tourism Rahim Osman"). Without this cut the run is read as one agency
or as no one (a portfolio word names no person).
"""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import NAME_PARTICLES, SECOND_PARTICLES

__all__ = ["has_portfolios", "portfolio_then_name", "titled_by_an_acronym"]

#: Words that end a portfolio's name and never a person's ("for Home Affairs and Immigration", "and Tourism")
_PORTFOLIO_ENDS = frozenset({"affairs", "welfare", "immigration", "tourism", "intelligence", "security"})
#: How far before a run a title may stand and still own the portfolio that opens it
_TITLE_REACH = 6
#: How far back a list of portfolios may reach to its title ("Minister of Foreign Affairs, Labour, and |
#: Tourism X"): only over the list's own words
_LIST_REACH = 14
#: The words of a list of portfolios besides its title-case words
_LIST_WORDS = frozenset({",", "and", "&", "of", "for", "the"})
#: The portfolio ends as they stand in a title ("Affairs"), for a document-wide screen
_TITLED_ENDS = frozenset(word.title() for word in _PORTFOLIO_ENDS)


def has_portfolios(words: list[str]) -> bool:
    """The document holds a word that ends a portfolio in title case: only then is a run looked at
    for a holder's name after one (a cheap screen over the words, not over every run)."""
    return not _TITLED_ENDS.isdisjoint(words)


def portfolio_then_name(view: DocView, start: int, end: int) -> int | None:
    """Where the holder's name starts in the run [start, end), or None when the run holds no
    portfolio word followed by two to five words of a name and preceded by a title."""
    ends = [k for k in range(start, end - 2) if view.lower[k] in _PORTFOLIO_ENDS]
    if not ends:
        return None
    first = ends[-1] + 1
    role, own_role = view.owner.get(first), False
    if role is not None and role.label_ == "ROLE" and role.start == first:
        # "Overseas Workers Welfare | Minister | Rahim Osman": the title after its portfolio
        first, own_role = role.end, True
    rest = [k for k in range(first, end) if view.words[k] != "-"]
    if not 2 <= len(rest) <= 5 or not view.words[first].istitle() or not all(_name_word(view, k) for k in rest):
        return None
    titled = own_role or any(view.label_at(k) == "ROLE" for k in range(max(0, start - _TITLE_REACH), ends[-1])) \
        or _titled_list(view, start)
    return first if titled else None


def _titled_list(view: DocView, start: int) -> bool:
    """The run opens the last portfolio of a list that a title heads ("Minister of Home Affairs,
    Labour, and | Tourism Rahim Osman"): walking back over the list's words only (title case, commas,
    "and", "of"), a title is met."""
    for k in range(start - 1, max(-1, start - 1 - _LIST_REACH), -1):
        if view.label_at(k) == "ROLE":
            return True
        if not (view.cap[k] or view.lower[k] in _LIST_WORDS):
            return False
    return False


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

"""An event word that names the kind of a legal instrument ("an extradition treaty", "the
Extradition Act", "a repatriation agreement"): the noun after it is the thing spoken of, a text two
states signed or a law, and the word tells no act of its own. Read as an event it took the day the
treaty was signed or came into force (audit 15: p07, p09; the act named in development article
78). A closed class of instrument nouns; "the extradition process" or "the deportation flight"
are the act's own parts and still make the event."""

from __future__ import annotations

#: Nouns of written instruments that an event word can qualify
_INSTRUMENTS = frozenset({"treaty", "treaties", "act", "acts", "law", "laws", "agreement", "agreements",
                          "pact", "pacts", "accord", "accords", "convention", "conventions", "protocol",
                          "protocols", "bill", "bills", "ordinance"})


def names_an_instrument(lower: list[str], i: int, end: int) -> bool:
    """Whether the event word at i only qualifies the instrument noun right after it (before end)."""
    return i + 1 < end and lower[i + 1] in _INSTRUMENTS and not lower[i].endswith(("ed", "ing"))


#: Nouns of a court's writ whose infinitive or "for" complement names the act it allows, not one done
_WRITS = frozenset({"warrant", "warrants", "writ", "writs"})


def writ_allows(window: list[str], verb: str) -> bool:
    """"a warrant to arrest him", "a warrant for arresting her": the verb names what the writ allows
    (the person may never be caught), so it tells no act done to the person."""
    k = len(window) - 1 - window[::-1].index(verb)
    return k >= 2 and window[k - 1] in {"to", "for"} and window[k - 2] in _WRITS

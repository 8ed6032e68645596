"""An event word that names the kind of a legal instrument ("an extradition treaty", "the
Extradition Act", "a repatriation agreement"): the noun after it is the thing spoken of, a text two
states signed or a law, and the word tells no act of its own. Read as an event it took the day the
treaty was signed or came into force (audit 15: p07, p09; the act named in development article
78). A closed class of instrument nouns; "the extradition process" or "the deportation flight"
are the act's own parts and still make the event. The same instrument may name its matter after a
preposition ("a treaty on extradition", "an agreement for repatriation": development article 128),
but "an act of kidnapping" is the deed itself."""

from __future__ import annotations

#: Nouns of written instruments that an event word can qualify
_INSTRUMENTS = frozenset({"treaty", "treaties", "act", "acts", "law", "laws", "agreement", "agreements",
                          "pact", "pacts", "accord", "accords", "convention", "conventions", "protocol",
                          "protocols", "bill", "bills", "ordinance"})
#: Instrument nouns that also name a deed ("an act of kidnapping" is one)
_DEEDS = frozenset({"act", "acts"})


#: Prepositions by which an instrument names its matter after it
_ON_MATTER = frozenset({"on", "for", "of", "concerning", "regarding", "covering"})


def names_an_instrument(lower: list[str], i: int, end: int, start: int = 0) -> bool:
    """Whether the event word at i only names what an instrument is about: the instrument noun right
    after it (before end), or before it across a preposition ("treaty on (the) extradition", after
    start)."""
    if i + 1 < end and lower[i + 1] in _INSTRUMENTS and not lower[i].endswith(("ed", "ing")):
        return True
    k = i - 2 if lower[i - 1:i] == ["the"] else i - 1
    return k - 1 >= start and lower[k] in _ON_MATTER and lower[k - 1] in _INSTRUMENTS - _DEEDS


#: Nouns of a court's writ: the act word beside one names what the writ allows, not an act done
_WRITS = frozenset({"warrant", "warrants", "writ", "writs"})
#: Verbs of carrying a writ out: "executed the arrest warrants against X" arrests X
_CARRIED_OUT = frozenset({"executed", "executing", "served", "serving", "enforced"})


def writ_word(words: list[str], k: int) -> bool:
    """The act word at ``k`` only names a writ: "arrest warrants for X", "a warrant to arrest him",
    "a warrant for their arrest" (the people named may never be caught); a writ "executed" or
    "served" on them is the act done."""
    if k + 1 < len(words) and words[k + 1] in _WRITS:
        opener = [w for w in words[max(0, k - 3):k] if w not in {"the", "an", "a"}][-1:]
        return not opener or opener[0] not in _CARRIED_OUT
    j = k - 1 if k >= 1 and words[k - 1] not in {"his", "her", "their", "the", "its"} else k - 2
    return j >= 1 and words[j] in {"to", "for", "of"} and words[j - 1] in _WRITS

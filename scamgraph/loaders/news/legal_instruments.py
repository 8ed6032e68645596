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


#: Words that may stand between a verb of asking and the writ asked for: "requested a search warrant",
#: "applied for international arrest warrants"
_WRIT_FILLERS = frozenset({"a", "an", "the", "search", "arrest", "detention", "court", "international", "new",
                           "fresh", "further", "more", "another"})
#: Verbs and nouns of asking that take the writ as their object: "sought a warrant", "a request for a warrant"
_ASKING_WRITS = frozenset({"requested", "request", "requests", "requesting", "sought", "seek", "seeks", "seeking"})
#: Words of asking before "for": "applied for an arrest warrant", "a petition for warrants"
_ASKING_FOR = frozenset({"applied", "apply", "applies", "applying", "application", "applications", "asked", "ask",
                         "asks", "asking", "request", "requests", "requested", "petition", "petitioned", "motion",
                         "filed", "file", "files"})
#: Verbs of issuing a writ, which an asking verb before "to" asks of a court ("asked the court to issue")
_ISSUING = frozenset({"issue", "grant", "approve", "sign"})
#: How many words may stand between the asking verb and "to" ("asked | the Varnok court | to issue")
_ASKED_REACH = 5
#: Words of a writ granted: "granted the request for a warrant" issued it after all
_GRANTED = frozenset({"granted", "grants", "approved", "approves", "issued", "obtained", "secured", "received"})


def writ_asked_for(lower: list[str], i: int, start: int) -> bool:
    """"Prosecutors requested a search warrant for the house", "police applied for an arrest
    warrant": a writ asked of a court is not yet a writ issued, so no warrant event (the asking
    word stands right before the writ, past articles and the writ's kind; a grant told before the
    asking, "granted the request for a warrant", issued it)."""
    at = i + 1 if lower[i] in {"arrest", "detention"} and lower[i + 1:i + 2] in (["warrant"], ["warrants"]) else i
    if lower[at] not in _WRITS:
        return False
    k = i - 1
    while k > start and lower[k] in _WRIT_FILLERS:
        k -= 1
    if lower[k] == "for" and k > start and lower[k - 1] in _ASKING_FOR:
        k -= 1
    elif lower[k] in _ISSUING and k - 1 > start and lower[k - 1] == "to" \
            and not _ASKING_FOR.isdisjoint(lower[max(start, k - 1 - _ASKED_REACH):k - 1]):
        k -= 1  # "asked the court to issue arrest warrants": the issuing is what is asked
    elif lower[k] not in _ASKING_WRITS:
        return False
    return _GRANTED.isdisjoint(lower[max(start, k - 4):k])

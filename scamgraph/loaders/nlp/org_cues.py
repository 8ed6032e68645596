"""The words around a capitalized run that say it is an organization, and of which kind: a company
noun before it or in an apposition after it ("the payment firm Huiyuan Pay", "Migrant Care, an
Indonesian rights group"), a flight after an airline ("a Nok Air flight"), the name a group is
called by ("a swindling organisation known as X Group"), an outlet told or cited ("told DVB",
"CNA reported") and a name defined with its own initials ("Radio Free Asia (RFA)"). Kept apart
from cues.py, which reads the words that make a run a person."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.cues import _CLAUSE_ENDS, _SAYS
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import FLIGHT_WORDS, MEDIA_NOUNS, ORG_NOUNS, POSSESSIVE_S, TOLD_TO

__all__ = ["named_with_acronym", "org_cues", "org_kind", "outlets_spoken_to"]


#: A flight's number: the airline's two-character code and up to four digits ("AK613", "5J 241" is two words)
_FLIGHT_NUMBER = re.compile(r"[A-Z][A-Z0-9]\d{1,4}|\d[A-Z]\d{1,4}")


def org_kind(view: DocView, start: int, end: int) -> str | None:
    """The kind of organization the words around a run make it ("company", "media", "" when
    the kind is not said), or None when they do not make it one."""
    if end - start >= 3 and view.words[end - 2] == "-" and view.words[end - 1].islower():
        return None  # "a Korean-flagged plane", "a China-based firm": a compound adjective, no name
    if end - start == 1 and _FLIGHT_NUMBER.fullmatch(view.words[start]):
        return None  # "via AK613 flight": a flight's number, not its airline
    before = view.lower[start - 1] if start > 0 else ""
    if _public_platform(view, start):
        return None  # "the messaging platform Telegram": a service people use, not a body of the story
    if before in MEDIA_NOUNS:
        return "media"  # "the online news portal VOD"
    if before in ORG_NOUNS:
        helping = start > 1 and view.lower[start - 2] in _HELPING_GROUPS \
            or "anti" in view.lower[max(0, start - 5):start - 1]  # "rights group Licadho", "the anti-trafficking group X"
        return "ngo" if before in _NGO_NOUNS or helping else "company"  # "the payment firm Huiyuan Pay", "the charity X"
    if _flight_after(view, end):
        return "company"  # "a Nok Air flight"
    if _named_after_a_company_noun(view, start, end):
        return "company"  # "the companies Kestrel Bay and Ambry Star", "a travel firm, Orrin Services,"
    noun = _org_noun(view, start, end)
    called = view.lower[max(0, start - 2):start] == ["known", "as"] or start > 0 and view.lower[start - 1] in _CALLING
    if noun is not None and called and _CRIMINAL_WORDS.intersection(view.lower[max(0, start - 6):start]):
        return "criminal group"  # "a swindling organisation known as X Group": no charity
    return None if noun is None else "ngo" if noun in _NGO_NOUNS else ""  # "..., a Thailand-based NGO"


#: Words between an airline's name and its flight: "a Kestrel Air chartered flight"
_CHARTER_WORDS = frozenset({"chartered", "charter"})
#: The most capitalized words of a second airline after "and": "Kestrel and | Lion Air | flights"
_CARRIER_REACH = 3


def _flight_after(view: DocView, end: int) -> bool:
    """A flight's word follows the run ending at ``end``: right after it ("a Nok Air flight"), after
    a word of chartering ("a Nok Air chartered flight"), or after a second airline the two share
    the flight's word with ("two Kestrel and Lion Air flights": each an airline)."""
    lower, n = view.lower, len(view.doc)
    k = end + (end < n and lower[end] in _CHARTER_WORDS)
    if k < n and lower[k] in FLIGHT_WORDS:
        return True
    if end >= n or lower[end] != "and":
        return False
    k = end + 1
    while k < min(n, end + 1 + _CARRIER_REACH) and view.cap[k] and not view.starts[k]:
        k += 1
    k += k < n and lower[k] in _CHARTER_WORDS
    return k > end + 1 and k < n and lower[k] in FLIGHT_WORDS


#: Plural company nouns whose names follow them in a list: "the firms Kestrel Bay and Ambry Star"
_COMPANY_PLURALS = frozenset({"companies", "firms"})
#: Company nouns a name may follow set off by commas: "a travel firm, Orrin Services, ran ..."
_COMPANY_NOUNS = frozenset({"firm", "company", "conglomerate"})
#: Words that open the noun phrase of such a company noun ("a travel firm", "its shell company")
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "one"})
#: The most words a list of companies' names may hold before the run: "companies A, B Star and"
_LIST_REACH = 12


def _named_after_a_company_noun(view: DocView, start: int, end: int) -> bool:
    """A company noun names the run where a singular one does not reach it: a plural before a list
    of names ("companies Kestrel Bay and Ambry Star": each a company, the second past "and"), or a
    singular one before a comma that opens an apposition closed after the name ("a travel firm,
    Orrin Services, which ..."). Why: stories name sanctioned or front companies so, and only the
    noun says these names are companies; the apposition must close (a comma or a bracket after the
    name), so "the firm, Ms Tan said" is no company's name."""
    lower = view.lower
    if start >= 3 and lower[start - 1] == "," and lower[start - 2] in _COMPANY_NOUNS \
            and any(lower[k] in _DETERMINERS for k in range(max(0, start - 6), start - 2)) \
            and end < len(lower) and lower[end] in {",", "("} and not (end + 1 < len(lower) and lower[end + 1] in _SAYS):
        return True
    k = start - 1
    while k > max(0, start - _LIST_REACH) and (view.cap[k] or lower[k] in {",", "and"}):
        k -= 1
    return k >= 0 and lower[k] in _COMPANY_PLURALS and (k == start - 1 or lower[start - 1] in {",", "and"})


def org_cues(view: DocView, start: int, end: int) -> bool:
    """"the payment firm Huiyuan Pay", "Migrant Care, an Indonesian rights group"."""
    return _org_noun(view, start, end) is not None


#: Words before "platform" that make it a public service for posting, chatting or paying
_SERVICE_WORDS = frozenset({"media", "messaging", "online", "video", "streaming", "chat", "video-sharing", "sharing"})


def _public_platform(view: DocView, start: int) -> bool:
    """"the social media platform X", "the messaging platform X", "an online platform called X":
    an app or site the story's people used, named as such; golds leave it out, as they leave out
    a phone's maker. (A "trading platform" or an "investment platform" may be the scam's own.)"""
    k = start - 1 - (start >= 2 and view.lower[start - 1] in {"called", "named"})
    return k >= 1 and view.lower[k] == "platform" and view.lower[k - 1] in _SERVICE_WORDS


def _org_noun(view: DocView, start: int, end: int) -> str | None:
    """The organization noun that makes a run an organization, before it or in an apposition after it."""
    doc = view.doc
    if start > 0 and view.lower[start - 1] in ORG_NOUNS:
        return view.lower[start - 1]
    called = start - 1 - (start >= 2 and view.lower[start - 2:start] == ["known", "as"])
    if called > 0 and (view.lower[called] in _CALLING or view.lower[called] == "known"):
        # "a crime group called Red Dragon", "a ring known as Black Tiger": the group's own name
        return next((view.lower[k] for k in range(max(0, called - 3), called) if view.lower[k] in _GROUP_NOUNS), None)
    if end + 3 < len(doc) and view.words[end] == "(" and view.words[end + 1].isupper() and view.words[end + 2] == ")":
        end += 3  # "Bright Path Alliance (BPA), a Bangkok-based NGO": past its acronym
    if end + 2 < len(doc) and view.words[end] == "," and view.lower[end + 1] in {"a", "an", "the"} \
            and not any(view.lower[k:k + 2] == ["according", "to"] for k in range(max(0, start - 6), start - 1)):
        # (not "According to Pol Maj Gen X, the gang ran ...": the sentence's own subject follows the source)
        for k in range(end + 2, min(len(doc), end + 7)):
            if view.lower[k] in _MEMBER_NOUNS or view.label_at(k) == "ROLE" or view.lower[k] in ORG_NOUNS \
                    and k + 1 < len(doc) and (view.lower[k + 1] in _MEMBER_NOUNS or view.label_at(k + 1) == "ROLE"):
                return None  # "Huang Li, a gang leader", "Wang Ping, a ringleader of the gang": a person of a body
            if view.lower[k] in ORG_NOUNS and not (k + 1 < len(doc) and view.words[k + 1] in POSSESSIVE_S) \
                    and not view.words[k].istitle():
                return view.lower[k]  # (not "Xu Faqi, the group's ringleader": the group owns the head;
                # nor "Chen Zhi, the Prince Group TCO": the head is another body's name)
            if view.words[k] in _CLAUSE_ENDS or view.lower[k] in _OTHER_BODYS_PREPOSITIONS:
                break  # ("Dara Keo, the coordinator for rights group Lumen": the group is the one she serves)
    return None


#: Prepositions in an apposition that put a noun after them on another body than the name's own:
#: "X, the field officer for rights group Y", "X, a spokesman at the Z company" (X is no group)
_OTHER_BODYS_PREPOSITIONS = frozenset({"for", "of", "at", "with", "from"})


#: Nouns of a person who leads or belongs to a body, after the body's noun: "a gang leader"
_MEMBER_NOUNS = frozenset({"leader", "leaders", "boss", "bosses", "member", "members", "head", "chief", "founder",
                           "owner", "kingpin", "figure", "executive", "partner", "associate", "insider"})
#: Verbs that give a group's name after its noun: "a gang called ...", "a ring named ..."
_CALLING = frozenset({"called", "named", "dubbed"})
#: Nouns of groups, lawful or not, whose name may follow "called" or "known as"
_GROUP_NOUNS = ORG_NOUNS | {"ring", "gang", "syndicate", "group", "network", "mafia", "triad", "cartel"}
#: Words that make the organization a "known as" or "called" names a criminal one: "a swindling
#: organisation known as X"
_CRIMINAL_WORDS = frozenset({"swindling", "criminal", "crime", "fraud", "scam", "scamming", "trafficking", "mafia",
                             "illegal", "underground"})
#: Organization nouns of bodies that help people rather than run a business: "a rights group" stays
#: unspecified, "a Thailand-based NGO" is an NGO (which reports scams; it does not run them).
_NGO_NOUNS = frozenset({"ngo", "charity", "organisation", "organization"})
#: Words before "group" that make it one that helps or speaks for people ("rights group X", "aid group X")
_HELPING_GROUPS = frozenset({"rights", "advocacy", "aid", "relief", "watchdog", "humanitarian", "campaign", "activist"})


def outlets_spoken_to(view: DocView, runs: list[tuple[int, int]]) -> list[Span]:
    """An acronym nobody defined, after "told" or "according to", or before "reported" or
    "reports", is the news outlet spoken to or cited: "told DVB", "according to AFP", "CNA
    reported", "XTV reports with reference to ...", "according to a CNA report" (a person is not
    written in capitals). A place's name written in capitals before "reported" is such an outlet
    too: a region's news agency ("on 14 October, KAREN reported that ..."), since a place itself
    reports nothing (a dateline's capitals end at its dash, no verb after them)."""
    found = []
    initials = _initials(view)
    for start, end in runs:
        word = view.words[start]
        if not (end - start == 1 and 2 <= len(word) <= 5 and word.isalpha() and word.isupper()) \
                or word in view.acronyms or start == 0 or word in initials:
            continue
        reports = end < len(view.lower) and view.lower[end] in _REPORTING or _learned_last(view, end)
        if start in view.owner and not (reports and _place_in_capitals(view, start, end)):
            continue
        told = view.lower[start - 1] in TOLD_TO and (view.lower[start - 1] == "told" or start > 1 and view.lower[start - 2] == "according")
        reported = reports or view.lower[max(0, start - 3):start] == ["according", "to", "a"] and view.lower[end:end + 1] == ["report"]
        if told or reported:  # "..., CNA reported.", "according to a CNA report"
            found.append(view.make(start, end, "ORG", "|media|"))
    return found


def _learned_last(view: DocView, end: int) -> bool:
    """"..., RFA has learned.", "..., KTV learned on Monday.": an outlet closing a sentence with
    what it found out is cited as the source, as with "reported". Only where the sentence ends
    there (or after "on" and a day): a body that learned something goes on to say what ("the NBI
    learned that the men ...")."""
    lower, n = view.lower, len(view.lower)
    k = end + (end < n and lower[end] in {"has", "had"})
    if k + 1 >= n or lower[k] not in {"learned", "learnt"}:
        return False
    return lower[k + 1] == "." or lower[k + 1] == "on" and k + 3 < n and lower[k + 3] == "."


def _initials(view: DocView) -> set[str]:
    """Words a story gives as a person's initials ("a recruit, named only by the initials TQV"):
    "according to RKT" later cites that person, not an outlet."""
    lower = view.lower
    return {view.words[k] for k in range(1, len(lower))
            if view.words[k].isupper() and "initials" in lower[max(0, k - 4):k]} if "initials" in lower else set()


#: The verbs of an outlet telling what it found: "CNA reported", "XTV reports"
_REPORTING = frozenset({"reported", "reports"})


def _place_in_capitals(view: DocView, start: int, end: int) -> bool:
    """The one word at ``start`` is a gazetteer place written in capitals inside a sentence ("SHAN"
    of a story that writes "Shan State"), not at a sentence's start where a dateline stands."""
    place = view.owner[start]
    return place.label_ == "PLACE" and place.start == start and place.end == end and not view.starts[start]


#: Last words of the names of things a writer also defines with initials: permits, schemes, laws,
#: technologies and crimes.
_THINGS_DEFINED = frozenset({"license", "licence", "licenses", "licences", "permit", "permits", "scheme", "program",
                             "programme", "policy", "visa", "card", "act", "law", "code", "decree", "system",
                             "certificate", "regulation", "regulations", "protocol", "treaty", "agreement",
                             # a government's measure: "the Harbour Closure Order (HCO)", "a Transit Ordinance (TO)"
                             "order", "orders", "ordinance", "directive", "bill", "resolution",
                             # a technology or a crime: "Artificial Intelligence (AI)", "Trafficking in Persons (TIP)"
                             "intelligence", "learning", "reality", "currency", "currencies", "laundering",
                             "trafficking", "persons", "crime", "crimes", "fraud", "exploitation"})


def named_with_acronym(view: DocView, runs: list[tuple[int, int]]) -> list[Span]:
    """A name no rule knew, defined with its own initials in brackets right after it ("Radio Free
    Asia (RFA)", "Global Witness Trust (GWT)"): a writer defines an acronym only for an
    organization's name, so the name is one (and the acronym, later, the same one)."""
    found = []
    for start, end in runs:
        if end - start < 2 or end + 2 >= len(view.words) or view.words[end] != "(" or view.words[end + 2] != ")":
            continue
        if any(view.label_at(k) or view.lower[k] in gz.heads() for k in range(start, end)):
            continue  # a body with a head word, or a name holding a place or demonym, is read elsewhere
        if view.lower[end - 1] in _THINGS_DEFINED:
            continue  # "the Internet Gaming License (IGL) scheme": a permit's name, no body's; nor a technology's
        acronym = view.words[end + 1]
        initials = "".join(w[0] for w in view.words[start:end] if w[:1].isupper())
        if acronym.isalpha() and acronym.isupper() and initials == acronym and len(acronym) == end - start:
            found.append(view.make(start, end, "ORG", ""))
    return found

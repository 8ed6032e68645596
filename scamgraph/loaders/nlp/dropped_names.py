"""Entities that the readings of ``names`` took and that name nothing, dropped once every run is
decided: a law's name read as a body ("the ... Act"), a demonym that is a nickname ("known as
Thai"), a title's tail ("of Police"), a rank read as a body ("SAC"), a person's name with no
capital or with an acronym inside, an outlet's language service, a common noun capitalized at a
sentence's start ("TV reports show", "Charter flight"), a place inside an unknown name, and the
countries that name a war ("the Dravia-Ostland war"). Apart from ``names`` because they undo readings rather than make them."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import HONORIFICS, POSSESSIVE_S


#: Last words of a law's name: a body's name before one ("Immigration (Emergency Provisions) Act") is the law's
_LAW_WORDS = frozenset({"Act", "Law", "Ordinance", "Decree", "Code"})


def _demonyms_as_nicknames(view: DocView) -> set[Span]:
    """"The 17-year-old, known as Thai, said ...": a demonym that "known as", "nicknamed" or "dubbed"
    introduces, closed by a punctuation mark, is what a person is called, no nationality."""
    lower, words = view.lower, view.words
    return {e for e in view.ents if e.label_ == "NORP" and e.start >= 2
            and (lower[e.start - 2:e.start] == ["known", "as"] or lower[e.start - 1] in {"nicknamed", "dubbed"})
            and (e.end >= len(words) or words[e.end] in {",", ".", ";", ")", "\u201d", '"'})}


def _laws_named(view: DocView) -> set[Span]:
    """Bodies whose words open a law's name ("the Myanmar Immigration (Emergency Provisions) Act",
    "the Anti-Trafficking in Persons Act"): the law, which names no body."""
    if _LAW_WORDS.isdisjoint(view.words):
        return set()
    found = set()
    for ent in view.ents:
        if ent.label_ not in {"AGENCY", "ORG"}:
            continue
        k = ent.end
        if k < len(view.words) and view.words[k] == "(":
            close = next((j for j in range(k + 1, min(len(view.words), k + 8)) if view.words[j] == ")"), None)
            k = close + 1 if close is not None else k
        if k < len(view.words) and view.words[k] in _LAW_WORDS:
            found.add(ent)
    return found


#: Words right before a law's name that no person's name follows: "the Anti-Fraud Hub Law", "a new Law"
_BEFORE_LAWS = frozenset({"the", "a", "an", "this", "that", "new", "its", "their"})


def _laws_read_as_people(view: DocView) -> set[Span]:
    """"the recent enactment of the Anti-Fraud Hub Law": a person's name that ends in a law's
    last word and that an article or a possessive opens, or that holds "Anti", is a law ("Law"
    also ends people's names, "Nathan Law", which no "the" opens)."""
    if _LAW_WORDS.isdisjoint(view.words):
        return set()
    return {e for e in view.ents if e.label_ == "PERSON" and view.words[e.end - 1] in _LAW_WORDS
            and ((e.start > 0 and view.lower[e.start - 1] in _BEFORE_LAWS) or "Anti" in view.words[e.start:e.end])}


def _bodies_begun_by_of(view: DocView) -> set[Span]:
    """Bodies whose first word is a lower-case "of": the tail of a title the role took ("a
    Superintendent of Police": the role is "Superintendent", and "of Police" names no body). A body's
    own name never begins with the preposition (a closed class of one word)."""
    return {e for e in view.ents if e.label_ == "AGENCY" and view.words[e.start] == "of"}


def _ranks_read_as_bodies(view: DocView) -> set[Span]:
    """"SAC Hussein Omar": an acronym a table knows as a body ("SAC", Myanmar's junta) that is also
    a rank (honorifics.tsv), written right before a person's name, is the person's rank."""
    people = {e.start for e in view.ents if e.label_ == "PERSON"}
    return {e for e in view.ents if e.label_ == "AGENCY" and e.end - e.start == 1 and e.end in people
            and view.lower[e.start] in HONORIFICS}


def _lowercase_people(view: DocView) -> set[Span]:
    """A person's name opens with a capital: "of Protection", cut from a long title chain, is none;
    nor does it hold an acronym written with a lower-case letter inside ("according to MiGRA Care":
    a body; one capital inside a name stays a name's, "McDonald", "DeSantis")."""
    return {e for e in view.ents if e.label_ == "PERSON" and (not view.words[e.start][:1].isupper() or any(
        _mixed_acronym(view.words[k]) for k in range(e.start, e.end)))}


def _mixed_acronym(word: str) -> bool:
    """"MiGRA", "MoFA": three capitals or more with a lower-case letter among them."""
    return len(word) >= 4 and word.isalpha() and not word.isupper() and sum(c.isupper() for c in word) >= 3
    # (the cheap tests first: most words are short, lower case or all capitals)


def _outlets_sections(view: DocView) -> set[Span]:
    """"told RFA's Khmer Service": a news outlet's own section (its language service, its desk) is
    the outlet speaking, no state body; so is a language's "Service" after any owner ("the radio's
    Lao Service", "By XYZ's Burmese Service"), which no state names a body."""
    media = {e.end for e in view.ents if e.label_ == "ORG" and e.id_.split("|")[1:2] == ["media"]}
    return {e for e in view.ents if e.label_ == "AGENCY" and e.start >= 2 and view.words[e.start - 1] in POSSESSIVE_S
            and (e.start - 1 in media or len(e) == 2 and view.lower[e.start] in _SERVICE_LANGUAGES
                 and view.lower[e.start + 1] == "service")}


#: Languages a broadcaster's service is named by ("RFA's Khmer Service", "VOA's Burmese Service")
_SERVICE_LANGUAGES = frozenset({"khmer", "lao", "burmese", "myanmar", "vietnamese", "thai", "mandarin", "cantonese",
                                "chinese", "korean", "indonesian", "uyghur", "tibetan", "english", "bangla", "hindi"})


def _places_inside_names(view: DocView, undecided: list[tuple[int, int]]) -> set[Span]:
    """"according to Cheong Wa Dae", "Zhang Liang Wei": a gazetteer place with capitalized words of
    an unknown name on both sides is a part of that name, not the place."""
    wide = [(s, t) for s, t in undecided if t - s >= 3]  # (a run holding a place with a word on each side)
    if not wide:
        return set()
    return {e for e in view.ents if e.label_ == "PLACE" and any(s < e.start and e.end < t for s, t in wide)}


#: Common nouns of a medium or a hire that a sentence or a heading may open with, capitalized
#: ("TV reports show ...", "Charter flight used for the return"): alone, never an organization's name
_COMMON_OPENERS = frozenset({"tv", "television", "radio", "charter", "chartered", "media", "press"})


def _common_nouns_as_orgs(view: DocView) -> set[Span]:
    """A one-word organization that is only such a common noun, opening its sentence: the word is
    capitalized because it comes first, and names no outlet or airline."""
    return {e for e in view.ents if e.label_ == "ORG" and len(e) == 1 and view.starts[e.start]
            and view.lower[e.start] in _COMMON_OPENERS}


#: Words after two hyphened countries that make them the sides of a war: "the Dravia-Ostland war"
_WAR_WORDS = frozenset({"war", "conflict", "fighting"})


def _sides_of_a_war(view: DocView) -> set[Span]:
    """"the Dravia-Ostland War Zone", "the Dravia-Ostland war": two countries joined by a hyphen
    before a word of war name the war's sides, not a place where anything happened."""
    found = set()
    for k, word in enumerate(view.words[1:-2], start=1):
        if word not in {"-", "–"} or view.lower[k + 2] not in _WAR_WORDS:
            continue
        left, right = view.owner.get(k - 1), view.owner.get(k + 1)
        if left is not None and right is not None and left.label_ == right.label_ == "COUNTRY" and right.end == k + 2:
            found |= {left, right}
    return found

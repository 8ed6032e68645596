"""Bodies named with a number: "Border Patrol Police Unit 346", "Immigration Bureau 4", a police
force's numbered region ("Provincial Police Region 7", "Region 2 Investigation Division"), and an
army's unit named with an ordinal ("the 1202nd Ranger Company", "the 33rd Light Infantry Division",
"the 3rd Army Region").

The number tells one unit of a force from its siblings, so it is part of the name: cut off, two
different units would read as one body, and a region told without its force would be no body at
all. Only a number of one to three digits counts after a name (four digits are a year: "Bridge
2024"); an ordinal before a unit word is never a year. A company, battalion or division with an
ordinal is an army's unit, a state body: a business is not numbered so ("Ranger Company" alone
would read as a firm).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.numbers import written_year

__all__ = ["counted_bodies", "numbered_units", "ordinal_units"]

#: Unit words a number after names: "Unit 346", "Division 3", "Bureau 4"
_NUMBERED_UNITS = frozenset({"unit", "division", "battalion", "regiment", "squad", "brigade", "sector", "bureau"})
#: Entities that end a force's name when read backwards from "Region": a people ("Thai"), a title
_NOT_IN_A_FORCE = frozenset({"NORP", "ROLE", "PERSON", "COUNTRY", "PLACE"})


def numbered_units(view: DocView) -> list[Span]:
    """Every numbered unit, numbered bridge and numbered police region of the document."""
    found = [span for ent in view.ents if (span := _numbered(view, ent)) is not None]
    regions = _indices(view.words, "Region")  # (found by list.index: most stories name no region)
    return found + _police_regions(view, regions) if regions else found


#: An ordinal written in figures: "1202nd", "33rd", "3rd"
_ORDINAL = re.compile(r"[1-9]\d{0,3}(?:st|nd|rd|th)")
#: The words that close the name of an army's unit: "Company", "Battalion", "Light Infantry Division"
_MILITARY_UNITS = frozenset({"company", "battalion", "regiment", "brigade", "division", "squadron", "corps", "platoon",
                             "command", "region", "wing", "fleet", "flotilla"})


def ordinal_units(view: DocView, runs: list[tuple[int, int]]) -> list[Span]:
    """"the 1202nd Ranger Company", "the 12th Infantry Battalion": an ordinal right before a run of
    capitalized words that ends in a unit word names one unit of an army, with its ordinal. The
    run may be one a rule already read (a firm, a department) or one no rule decided; "Company"
    alone ("ranked 3rd Company-wide") needs a word of its arm before it."""
    # (a run a cue read as a person's name too: "the 4th Infantry Regiment, Col. X said"; no name ends in a unit word)
    spans = [(e.start, e.end) for e in view.ents if e.label_ in {"ORG", "AGENCY", "PERSON"}] + runs
    found = []
    for start, end in spans:
        if start < 1 or view.lower[end - 1] not in _MILITARY_UNITS or not _ORDINAL.fullmatch(view.lower[start - 1]):
            continue
        if not _COURTS_UNITS.isdisjoint(view.lower[start:end]):
            continue  # "the 2nd Criminal Division of the District Court": a court's bench, no army's unit
        if all(view.cap[k] for k in range(start, end)) and (end - start > 1 or view.lower[start] != "company"):
            name = view.doc[start - 1:end].text
            found.append(view.make(start - 1, end, "AGENCY", f"{name}|military|"))
    return found


#: Words that make a numbered division a court's: "the 2nd Criminal Division", "the 3rd Civil Division"
_COURTS_UNITS = frozenset({"criminal", "civil", "appellate", "administrative", "family", "juvenile"})
#: A cardinal in figures: "41", "1,200" (an ordinal, "33rd", names a unit instead)
_CARDINAL = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")


def counted_bodies(view: DocView) -> list[Span]:
    """"some 25 Customs officers searched ...", "about 60 Immigration Bureau staff": a cardinal
    in figures before a body's name counts the body's people; no body is named with one, so the
    number is cut off the name (a number after the name, or an ordinal before it, names a unit)."""
    found: list[Span] = []
    for ent in view.ents:
        if ent.label_ in {"AGENCY", "ORG"} and ent.end - ent.start > 1 and _CARDINAL.fullmatch(view.words[ent.start]):
            found.append(view.make(ent.start + 1, ent.end, ent.label_, ent.id_))
    return found


def _indices(words: list[str], word: str) -> list[int]:
    """Every position of ``word`` in ``words``, each found by ``list.index`` (no loop in Python
    over the other words)."""
    found, k = [], -1
    while True:
        try:
            k = words.index(word, k + 1)
        except ValueError:
            return found
        found.append(k)


def _numbered(view: DocView, ent: Span) -> Span | None:
    """"Border Patrol Police Unit 346", "Friendship Bridge 2", "Border Trade Bridge No. 2", "the 2nd
    Friendship Bridge": the number after a unit word or a landmark, or the ordinal before a landmark,
    names it (another numbered unit or bridge is another one)."""
    k = ent.end
    unit = ent.label_ == "AGENCY" and view.lower[k - 1] in _NUMBERED_UNITS
    landmark = ent.label_ == "PLACE" and ent.id_.split("|")[1:2] == ["landmark"]
    if _army_company(view, ent):
        return view.make(ent.start, k + 1, "AGENCY", f"{ent.text} {view.words[k]}|military|")
    if not (unit or landmark):
        return None
    if k + 1 < len(view.words) and view.lower[k] in {"no.", "no"} and view.words[k + 1].isdigit():
        k += 1  # "Border Trade Bridge No. 2"
    if k < len(view.words) and _small_number(view.words[k]) and k not in view.owner and view.spaces[k - 1]:
        canonical, _, rest = (ent.id_ or "||").partition("|")
        name = f"{canonical or ent.text} {view.doc[ent.end:k + 1].text}"
        return view.make(ent.start, k + 1, ent.label_, f"{name}|{rest or '|'}")
    if landmark and ent.start > 0 and _ordinal_of_a_name(view.words[ent.start - 1]) and ent.start - 1 not in view.owner:
        canonical, _, rest = (ent.id_ or "||").partition("|")  # "the 2nd Friendship Bridge": another bridge
        return view.make(ent.start - 1, ent.end, ent.label_, f"{view.words[ent.start - 1]} {canonical or ent.text}|{rest or '|'}")
    return None


#: Ordinals spelt out and capitalized, as a landmark's name writes them ("the Second Friendship Bridge")
_ORDINAL_WORDS = frozenset({"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"})


def _ordinal_of_a_name(word: str) -> bool:
    """An ordinal in figures ("2nd") or a capitalized one ("Second") right before a landmark names
    one of several landmarks of that name; a lower-case "second" only counts them ("the second bridge")."""
    return bool(_ORDINAL.fullmatch(word)) and len(word) <= 4 or word in _ORDINAL_WORDS


def _police_regions(view: DocView, regions: list[int]) -> list[Span]:
    """"Provincial Police Region 7" (a force's name, "Region" and its number) and "Region 2
    Investigation Division" (a region's number before a unit's name), at the positions of "Region":
    one body each."""
    found = []
    for k in regions:
        if k + 1 >= len(view.words) or not _small_number(view.words[k + 1]):
            continue
        after = view.owner.get(k + 2)
        if k > 0 and view.words[k - 1] == "Police" and not view.starts[k]:
            start = _force_start(view, k - 1)
            found.append(view.make(start, k + 2, "AGENCY", f"{view.doc[start:k + 2].text}|police|"))
        elif after is not None and after.start == k + 2 and after.label_ == "AGENCY" and k not in view.owner:
            canonical, _, rest = (after.id_ or "||").partition("|")
            name = f"Region {view.words[k + 1]} {canonical or after.text}"
            found.append(view.make(k, after.end, "AGENCY", f"{name}|{rest or '|'}"))
    return found


def _force_start(view: DocView, k: int) -> int:
    """The first word of the force's name ending at ``k`` ("Police"): back over capitalized words
    that are no people's name, title or place, within the sentence."""
    while k > 0 and not view.starts[k] and view.cap[k - 1] and view.label_at(k - 1) not in _NOT_IN_A_FORCE:
        k -= 1
    return k


#: Words of an army's arm before "Company": "Infantry Company 412", "Ranger Forces Company 3307"
_ARMS = frozenset({"infantry", "ranger", "rangers", "forces", "rifle", "cavalry", "marine", "paramilitary"})


def _army_company(view: DocView, ent: Span) -> bool:
    """"Infantry Company 412", "Ranger Forces Company 3307": a company named by an arm of an army
    and numbered is that army's unit, a state body, with its number (a firm read from the head
    word "Company" is not numbered so). Its number may have four figures where they are no year."""
    k = ent.end
    if ent.label_ not in {"ORG", "AGENCY"} or ent.end - ent.start < 2 or view.lower[k - 1] != "company":
        return False
    if view.lower[k - 2] not in _ARMS or k >= len(view.words) or k in view.owner or not view.spaces[k - 1]:
        return False
    number = view.words[k]
    return _small_number(number) or number.isdigit() and len(number) == 4 and not written_year(number)


def _small_number(word: str) -> bool:
    """One to three digits: a unit's number, not a year."""
    return word.isdigit() and len(word) <= 3

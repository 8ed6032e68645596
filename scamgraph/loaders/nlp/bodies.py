"""State bodies that are not one capitalized name: a country's or a place's lower-case agency
words ("Thai authorities", "Tak provincial police", "Myanmar's military"), one such head shared
by coordinated countries ("US and UK authorities"), a head with the countries after "from"
("authorities from Bulgaria and Serbia"), and bodies written wholly in lower case ("the foreign
ministry"). The word sequences are compiled cue patterns (``patterns``); this
module decides what a match means in its place.
"""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.resolve import country_code, demonym
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_MARKS, POSSESSIVE_S

__all__ = ["bodies_from_countries", "coordinated_heads", "lower_agency_head", "lower_bodies", "person_of_the_body", "shared_agency_head",
           "units_of_bodies"]

_BEFORE_BODY = frozenset({"the", "'s", "’s"})
#: Prepositions that make the name after them the end of a phrase ("deported to Vietnam"), not a list's first
_GOVERNING = frozenset({"to", "from", "in", "into", "at", "with", "by", "for", "of", "on", "across", "via"})
#: Last words of a body that is a part of another: "Ulsan Police Agency's | Cyber Crime Unit",
#: "the Cyber Crime Cell | of the Ardenvale Police" (a cell is a head only in a cyber or crime cell's name).
_UNIT_HEADS = frozenset({"unit", "division", "squad", "team", "task force", "bureau", "office", "department", "cell"})
#: Heads of a part that news names as a body of its own: "the Home Ministry's | immigration
#: department", "the Foreign Ministry's | Consular Department" (a ministry's department, told
#: again alone as "the department"), unlike a unit or a division, known only with its parent.
_OWN_BODY_HEADS = frozenset({"department"})


def lower_bodies(view: DocView) -> list[Span]:
    """"the foreign ministry", "Indonesia's interior ministry": agencies written in lower case,
    exactly as listed, after "the" or "'s" (a "ministry of ..." anywhere); at each place the
    longest that no entity owns."""
    best: dict[int, int] = {}
    for start, end in view.matches.spans("LOWER_BODY"):
        named = end - start >= 3 and view.lower[start + 1] == "of"  # "ministry of home affairs" needs no "the"
        if start == 0 or (view.lower[start - 1] not in _BEFORE_BODY and not named) \
                or view.words[start:end] != view.lower[start:end]:
            continue
        if not any(k in view.owner for k in range(start, end)) and end > best.get(start, 0):
            best[start] = end
    return [view.make(start, best[start], "AGENCY", "||") for start in sorted(best)]


#: Plural heads that two lower-case bodies share: "the immigration and labour departments"
_PLURAL_HEADS = {"departments": "department", "ministries": "ministry", "bureaus": "bureau", "bureaux": "bureau"}


def shared_plural_bodies(view: DocView) -> list[Span]:
    """"the immigration and labour departments", "the Foreign and Interior Ministries": two bodies
    the table of lower-case bodies lists ("immigration department", "labour department"), sharing
    one plural head after "the": one agency each, named in title case (of the country the story is
    told from, as a lone "the immigration department" is)."""
    found: list[Span] = []
    for k in [k for k, w in enumerate(view.lower) if w in _PLURAL_HEADS and k >= 4]:
        first, joint, second = k - 3, k - 2, k - 1
        if view.lower[joint] != "and" or view.lower[first - 1] not in _BEFORE_BODY \
                or any(j in view.owner for j in range(first, k + 1)):
            continue
        head = _PLURAL_HEADS[view.lower[k]]
        names = [f"{view.lower[j]} {head}" for j in (first, second)]
        if all(name in _LOWER_AGENCIES for name in names):
            found.append(view.make(first, first + 1, "AGENCY", f"{names[0].title()}||"))
            found.append(view.make(second, k + 1, "AGENCY", f"{names[1].title()}||"))
    return found


_LOWER_AGENCIES = gz.lower_agencies()


def shared_agency_head(view: DocView, end: int) -> str:
    """The lower-case agency words that a coordinated country shares: "US | and UK authorities",
    also when the gazetteer knows the second body under that form ("Chinese | and Cambodian
    police", the Cambodian force's known name)."""
    doc = view.doc
    if end + 1 >= len(doc) or view.lower[end] not in {"and", "or", ","}:
        return ""
    first = view.owner.get(end - 1)
    if view.lower[end] == "," and first is not None and first.start > 0 and view.lower[first.start - 1] in _GOVERNING \
            and not _peoples_listed_to_a_head(view, end):
        return ""  # "deported to Vietnam, Cambodian officials said": the country ends a clause, no list of bodies
    if first is not None and first.start > 0 and view.doc[first.start - 1].like_num:
        return ""  # "and four Indonesians, Cambodian government spokesman ...": counted people, no body's country
    other = view.owner.get(end + 1)
    if other is not None and other.label_ == "AGENCY" and other.start == end + 1 and other.end - other.start == 2 \
            and view.cap[other.start] and lower_agency_head(view, other.start + 1) == other.end:
        return doc[other.start + 1:other.end].text  # ("Cambodian police": a demonym and a lower-case head)
    if other is None or other.label_ not in {"NORP", "COUNTRY"} or other.start != end + 1:
        return ""
    head_end = lower_agency_head(view, other.end)
    if not head_end and other.end < len(doc) and view.lower[other.end] in {",", "and"}:
        return shared_agency_head(view, other.end)  # "Lao | , Chinese and Thai authorities": the list's last head
    return doc[other.end:head_end].text if head_end else ""


def _peoples_listed_to_a_head(view: DocView, k: int) -> bool:
    """From ``k`` on, peoples joined by commas and a last "and" run into a lower-case agency head:
    "by Lao | , Chinese and Thai authorities" (a list of bodies, not a clause after a country)."""
    joined = False
    while k + 1 < len(view.doc) and view.lower[k] in {",", "and"}:
        other = view.owner.get(k + 1)
        if other is None or other.label_ not in {"NORP", "COUNTRY"} or other.start != k + 1:
            return False
        joined = joined or view.lower[k] == "and"
        k = other.end
    return joined and bool(lower_agency_head(view, k))


def lower_agency_head(view: DocView, end: int) -> int:
    """Where lower-case agency words right after a name end ("Tak | provincial police"), or 0."""
    head_end = view.matches.agency_head_end(end)
    if head_end and " ".join(view.lower[end:head_end]) in _STATE_ONLY_HEADS and not _names_a_state(view, end):
        return 0
    return head_end


#: Heads that make a body only after a country's name or its people's word ("Thai forces", "Atlantean
#: and Borean forces"): after a province or a name nobody listed they are an armed movement's
#: ("Karen forces"), which is no state body.
_STATE_ONLY_HEADS = frozenset({"forces"})


def _names_a_state(view: DocView, end: int) -> bool:
    """The name that ends at ``end`` is a country's or a people's (its state's adjective)."""
    name = view.owner.get(end - 1)
    return name is not None and name.label_ in {"COUNTRY", "NORP"}


def units_of_bodies(view: DocView) -> list[Span]:
    """"Ulsan Police Agency's Cyber Crime Unit", "Bukit Aman's D3 Division": a unit named with its
    parent body's possessive is one agency, the parent's name and the unit's ("Ulsan Police Agency
    Cyber Crime Unit"), not a bare unit beside the parent. The parent is an agency or a name the
    rules left unclassified (a headquarters known by its place: "Bukit Aman"). A ministry's or a
    force's department ("the Home Ministry's immigration department") is a body of its own
    beside its parent: both are named apart."""
    found = []
    for unit in [e for e in view.ents if e.label_ == "AGENCY" and e.id_.split("|")[0] == ""]:
        head = view.lower[unit.end - 1]
        if head not in _UNIT_HEADS or head in _OWN_BODY_HEADS or unit.start < 2 or view.words[unit.start - 1] not in POSSESSIVE_S:
            continue
        parent = _parent(view, unit.start - 1)
        if parent is not None:
            name = f"{view.doc[parent[0]:parent[1]].text} {unit.text}"
            kind = unit.id_.split("|")[1] if unit.id_.count("|") >= 1 else ""
            found.append(view.make(parent[0], unit.end, "AGENCY", f"{name}|{kind}|"))
    return found


def unit_of_the_body(view: DocView, start: int, end: int) -> int | None:
    """"the Immigration Bureau | of the RTP", "the Visa Records Section | of the Ministry":
    a unit of two words or more, named by its head, then "of the" and its parent body (an acronym,
    or words ending in a body's head): where "of" stands, so that the unit is named alone and the
    parent apart. "Office of the United Nations High Commissioner" (one word before) is one name."""
    heads = gz.heads()
    for k in range(start + 2, end - 2):
        if view.lower[k] == "of" and view.lower[k + 1] == "the" and view.lower[k - 1] in _UNIT_HEADS:
            rest = view.words[k + 2:end]
            if (len(rest) == 1 and rest[0].isupper() and len(rest[0]) > 1) or view.lower[end - 1] in heads:
                return k
            return None
    return None


def person_of_the_body(view: DocView, start: int, end: int) -> int | None:
    """"Tomas Verrin | of | Lotville Police Range said ...": a name of two or three words, then "of"
    and a body whose name ends in a body's head, with no title before the name to mark it: where
    "of" stands, so that the person and the body are named apart. Not "Supreme Court of India" or
    "Deputy Superintendent of Police" (a head or a role before "of"), nor "Bank of China" (one word)."""
    k = next((k for k in range(start + 2, min(start + 4, end - 1)) if view.lower[k] == "of"), None)
    if k is None or "of" in view.lower[start:k]:
        return None
    heads, roles = gz.heads(), gz.roles()
    name = view.words[start:k]
    if not all(w.istitle() or (w.isupper() and len(w) <= 2) for w in name) \
            or any(w.lower() in heads or w.lower() in roles for w in name):
        return None
    state = any(heads.get(head, ("",))[0] == "agency"  # (a private body's head, "... of Acme Group", is left alone)
                for head in (view.lower[end - 1], " ".join(view.lower[end - 2:end])))
    return k if state and end - k >= 3 else None


def _parent(view: DocView, end: int) -> tuple[int, int] | None:
    """The body whose possessive ends at ``end``: an agency, or capitalized words no entity owns."""
    owner = view.owner.get(end - 1)
    if owner is not None:
        return (owner.start, owner.end) if owner.label_ == "AGENCY" and owner.end == end else None
    start = end
    while start > 0 and view.cap[start - 1] and start - 1 not in view.owner and not view.starts[start]:
        start -= 1
    return (start, end) if end - start >= 2 else None


def coordinated_heads(view: DocView) -> list[Span]:
    """"Myanmar police and immigration authorities": a second body of the same country whose
    lower-case words follow "and" ("Myanmar immigration authorities"), one agency each."""
    found = []
    for body in [e for e in view.ents if e.label_ == "AGENCY"]:
        k = body.end
        if k + 1 >= len(view.words) or view.lower[k] != "and" or k + 1 in view.owner:
            continue
        head_end = lower_agency_head(view, k + 1)
        country = _country_prefix(view, body)
        if head_end and country is not None:
            text, code = country
            name = f"{text} {' '.join(view.words[k + 1:head_end])}"
            found.append(view.make(k + 1, head_end, "AGENCY", f"{name}||{code}"))
    return found


def _country_prefix(view: DocView, body: Span) -> tuple[str, str] | None:
    """The country or demonym that opens a body's name ("Myanmar | police"), with its code."""
    k = body.start
    while k < body.end and not view.words[k].islower():
        k += 1
    if k == body.start or k == body.end:
        return None
    text = " ".join(view.words[body.start:k])
    code = country_code(text)
    return (text, code) if code else None


#: Lower-case bodies a country's name may follow with "from": "authorities from Bulgaria and Serbia"
_BODIES_FROM = frozenset({"authorities", "police", "officials"})


def bodies_from_countries(view: DocView) -> list[Span]:
    """"Security authorities from Ghana and Peru", "police from Thailand": the body of
    each country named after "from" (and the ones listed with it), named as the demonym writes it
    ("Bulgarian authorities", "Serbian authorities"): one agency per country, as "Bulgarian and
    Serbian authorities" would give. The first spans the head word to its country; the others, their
    country's name."""
    found: list[Span] = []
    if _BODIES_FROM.isdisjoint(view.lower):
        return found  # (most documents: no walk over their words)
    for k in range(len(view.words) - 2):
        if view.lower[k] not in _BODIES_FROM or view.lower[k + 1] != "from" or k in view.owner:
            continue
        start, j = k, k + 2
        while (country := view.owner.get(j)) is not None and country.label_ == "COUNTRY" and country.start == j \
                and (name := demonym(country.id_)) \
                and not (country.end < len(view.words) and view.words[country.end] in POSSESSIVE_MARKS):
            # (not "officials from Nepal's Department of Foreign Employment": that body's own people)
            found.append(view.make(start, country.end, "AGENCY", f"{name} {view.lower[k]}||{country.id_}"))
            j = country.end + (view.words[country.end:country.end + 1] == [","])
            if view.lower[j:j + 1] == ["and"]:
                j += 1
            elif j == country.end:
                break  # (the list ends: no comma, no "and")
            if view.lower[j:j + 1] == ["the"] and j not in view.owner:
                j += 1  # ("... and the United States")
            start = j
    return found

"""The words of a capitalized run that the kind stages read: where a name starts after a title
("Minister of Public Security | Liu Zhongyi"), the class a head word gives ("National Police
Agency"), a person's name without an outlet's acronym or a rank before it, and a listed town that
is only a part of a longer name ("Ramon Dizon").

Split from ``kinds`` (its stages decide; these read words for them) to keep each module small.
"""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.forenames import holder_start
from scamgraph.loaders.nlp.vocabulary import (
    CONNECTORS,
    HONORIFICS,
    honorific_at,
    MANDATE_VERBS,
    NOT_NAME_WORDS,
    PLACE_WORDS,
    RANK_WORDS,
    STARTERS,
    TITLE_MODIFIERS,
)

__all__ = ["acronym", "after_title", "head_class", "name_part", "person"]


def person(view: DocView, start: int, end: int) -> Span | None:
    """A person's name without the acronym of an outlet or unit written before it ("a report by
    RH | Edniel Parrosa"); a family name written in capitals ("KIM Jong-su") stays. A run with a
    word of world geography or of a union of states ("Southeast Asia", "United Nations") names
    no person, whatever its cues, nor one made only of a title's rank words ("Adjunct Senior")."""
    if any(view.lower[k] in NOT_NAME_WORDS for k in range(start, end)):
        return None
    if all(view.lower[k] in TITLE_MODIFIERS for k in range(start, end)):
        return None  # "chief | Adjunct Senior | Commissioner X": the rank of the title after it, no one's name
    while end - start > 2 and (acronym(view.words[start]) and view.words[start].title() not in gz.surnames()
                               or view.lower[start] in RANK_WORDS or view.lower[start] in _TITLES_ALSO_FORENAMES):
        start += 1  # "RH | Edniel Parrosa", "spokesperson General | Chhay Kim Khouen", "Justice | Amara Okello"
    return view.make(start, end, "PERSON", "")


#: Titles that are also given names, so no honorific everywhere: a judge's "Justice" and a
#: party's or union's "Comrade" before a name of two or more words ("Justice | Amara Okello",
#: "Comrade | Tade Bello Musa"); "Justice Mensah", two words in all, may be a man so named and stays
_TITLES_ALSO_FORENAMES = frozenset({"justice", "comrade"})


def acronym(word: str) -> bool:
    """A word of two or more capitals and nothing else ("RH", "PNP")."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def after_title(view: DocView, start: int, end: int) -> int:
    """Where the name starts after a title's "of ...": "Minister of Public Security Liu Zhongyi"
    -> "Liu Zhongyi" (at a known family name, else the last two words)."""
    words, lower = view.words, view.lower
    if words[start] in _TITLE_NUMERALS and end - start > 2 and lower[start + 1] in HONORIFICS:
        start += 1  # "Deputy Prime Minister II | Datuk Seri ...": the post's number belongs to the title
    while start < end - 1 and (words[start] == "-" or honorific_at(lower, start)
                               or lower[start] in RANK_WORDS and end - start > 2
                               or words[start - 1] == "-" and lower[start] in TITLE_MODIFIERS
                               or end - start > 3 and " ".join(lower[start:start + 2]) in HONORIFICS):
        start += 1  # "Commissioner-General Pol Gen | Kitrat Phanphet", "IGP Tan Sri | Razarudin Husain"
        # (a title of two words, "Tan Sri", goes word by word: its second word is an honorific of its own)
    if lower[start] not in {"of", "for", "on"}:
        return start
    if end - start < 3:
        return end  # "Head of | Press": the post's field, and no holder named
    if lower[end - 1] in gz.heads() and "of" not in lower[start + 1:end]:
        return start + 1  # "Head of | District Immigration and Population Department": no holder named, a body
    return holder_start(view, start, end)  # at a known family name (or a given name before it), else the last two words


#: Roman numerals that number a post after its title ("Minister II"); "I" is left, a pronoun too
_TITLE_NUMERALS = frozenset({"II", "III", "IV"})


def head_class(view: DocView, start: int, end: int) -> tuple[str, str] | None:
    """AGENCY or ORG from a head word: the last word ("National Police Agency"), or the
    first when a phrase follows ("Ministry of Interior", "Commission for Combating ...") or, for
    a task force, a name ("Task Force Rachamanu"); a "House of" is a legislature's chamber."""
    heads = gz.heads()
    last3, last2 = " ".join(view.lower[max(start, end - 3):end]), " ".join(view.lower[max(start, end - 2):end])
    for phrase in (last3, last2, view.lower[end - 1]):  # ("Organized Crime Task Force": a crime task force, police)
        if phrase in heads and end - start > len(phrase.split()) - 1:
            cls, kind = heads[phrase]
            if end - start == 1 and phrase not in {"interpol", "parliament"}:
                return None  # a bare "Police", "Ministry" or "Inc" names nobody
            return ("AGENCY" if cls == "agency" else "ORG"), kind
    for k in range(start, end - 2):
        if view.lower[k] in heads and (view.lower[k + 1] in CONNECTORS  # "People's Court of Tay Ninh"
                                       or view.lower[k + 1] == "to" and view.lower[k + 2] in MANDATE_VERBS):
            cls, kind = heads[view.lower[k]]
            return ("AGENCY" if cls == "agency" else "ORG"), kind
        if " ".join(view.lower[k:k + 2]) in heads and view.lower[k + 2] in CONNECTORS:
            cls, kind = heads[" ".join(view.lower[k:k + 2])]  # "Unified Coordination Center for the ..."
            return ("AGENCY" if cls == "agency" else "ORG"), kind
    if end - start >= 3 and view.lower[start:start + 2] == ["task", "force"]:
        return "AGENCY", heads["force"][1]  # "Task Force Rachamanu": a unit named after its head words
    if end - start >= 3 and view.lower[start] in _CENTRES and view.lower[start + 1] == "for" \
            and _HOLDING_WORDS.isdisjoint(view.lower[start + 2:end]):
        return "ORG", "ngo"  # "Centre for Migrant Rights", "Center for Coastal Studies": a research or advocacy body
    if end - start == 3 and view.lower[start:start + 2] == ["house", "of"] and view.lower[end - 1] in _MEMBERS_OF_A_HOUSE:
        return "AGENCY", "parliament"  # "House of Representatives", "House of Delegates": a chamber
    return None


#: A centre that opens its name with "for" and its cause; "centre" is no head by itself (a
#: "detention centre" is a site, a "Cybercrime Centre" a police unit), but "Centre for ..." names
#: a think tank or an advocacy group as the stories cite them; a state's centre has "National" or
#: its own head before it and stays as its other words make it.
_CENTRES = frozenset({"centre", "center"})
#: Words of a centre where people are held or cared for, a place rather than a body: "Centre for
#: Immigrant Detention", "Center for Victim Shelter"
_HOLDING_WORDS = frozenset({"detention", "detainees", "shelter", "rehabilitation", "quarantine", "custody", "holding",
                            "care", "treatment", "reception"})
#: Who sit in a legislature's chamber, the last word of its name: "House of Representatives"
_MEMBERS_OF_A_HOUSE = frozenset({"representatives", "delegates", "commons", "lords", "councillors", "councilors",
                                 "deputies", "senators", "assembly"})


def name_part(view: DocView, start: int, end: int, blocking: list[Span]) -> bool:
    """A town from the generated city list inside a run of other capitalized words that are no
    head, place word or acronym: "Ramon Dizon", "Li Liang Wei" (a name, not Ramon or Liang)."""
    if not all(e.label_ == "PLACE" and e.text in gz.city_list_names() for e in blocking):
        return False
    covered = {i for e in blocking for i in range(e.start, e.end)}
    rest = [t for t in view.doc[start:end] if t.i not in covered and t.text != "-"]
    lowered = gz.heads().keys() | gz.site_heads() | gz.landmark_heads().keys() | gz.place_kinds().keys() | PLACE_WORDS
    return bool(rest) and all(t.is_alpha and t.is_title and t.lower_ not in lowered and t.lower_ not in STARTERS
                              for t in rest)

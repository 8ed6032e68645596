"""The last stages of ``kinds.classify``: a run that holds gazetteer names but is none of them (a
person whose name is also a city's, a name that contains a town's), and a run of words nobody
listed, read by its lower-case head, its place word or the cues around it. Apart from ``kinds``
because they decide what the earlier stages passed over."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.bodies import lower_agency_head
from scamgraph.loaders.nlp.cues import of_an_experts_seat, person_cues, strong_person_cue
from scamgraph.loaders.nlp.described_towns import town_told_by_apposition
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.given_name_places import set_off_as_a_person
from scamgraph.loaders.nlp.group_nouns import kind_before_group_noun
from scamgraph.loaders.nlp.kind_stages import GO_ON, Decision, Run
from scamgraph.loaders.nlp.org_cues import org_kind
from scamgraph.loaders.nlp.place_names import kind_after, kind_before, world_region
from scamgraph.loaders.nlp.run_words import name_part, person
from scamgraph.loaders.nlp.runs import surname_like_a_pronoun
from scamgraph.loaders.nlp.site_names import placed_after_a_site_word
from scamgraph.loaders.nlp.titled_names import titled_after
from scamgraph.loaders.nlp.town_words import town_named_with_its_word
from scamgraph.loaders.nlp.vocabulary import (
    ADMINISTRATIVE_QUALIFIERS,
    CALENDAR_WORDS,
    NOT_NAME_WORDS,
    PLACE_WORDS,
    POSSESSIVE_S,
    REGION_WORDS,
    STARTERS,
)


#: Kinds of an administrative area whose title-case word after a name is no part of it ("Aichi Prefecture")
_ADMINISTRATIVE = frozenset({"province", "district", "commune", "township", "city"})


def _holding_a_known_name(view: DocView, run: Run) -> Decision:
    """A run that holds gazetteer entities but is not one: a person whose name is also a city, a
    name that merely contains a town's name, or nothing."""
    start, end = run.start, run.end
    blocking = [view.owner[k] for k in range(start, end) if k in view.owner and view.owner[k].label_ != "ROLE"]
    if not blocking:
        return GO_ON
    speaks = view.lower[end:end + 1] in (["said"], ["says"], ["told"]) and all(e.start > start for e in blocking)
    if all(e.label_ == "PLACE" and (e.id_.split("|")[1:2] == ["city"] or speaks) for e in blocking) \
            and end - start >= 2 and (strong_person_cue(view, start) or titled_after(view, end)
                                         or surname_like_a_pronoun(view, start, end) or of_an_experts_seat(view, end)
                                         or speaks or _initials_first(view, start, end)) \
            and not any(view.lower[k] in gz.heads() for k in range(start, end)):  # ("chief of X Police Station")
        return view.make(start, end, "PERSON", "")  # "arrested Rodel Santos": Santos is also a city; "Farid
        # Rizal said": a given name, then a province's name, speaking
    if _forename_then_family_name(view, start, end, blocking):
        return person(view, start, end)  # "the recruiter, Georgia Wanjiku,": a woman, not the country
    if not name_part(view, start, end, blocking):
        kind = org_kind(view, start, end) if len(blocking) == 1 and (blocking[0].label_ in {"COUNTRY", "NORP"} or
                                                                     _opens_a_longer_name(blocking[0], start, end)) else None
        if kind is None and len(blocking) == 1 and blocking[0].label_ == "NORP" and blocking[0].start == start < end - 1:
            kind = kind_before_group_noun(view, start, end)  # "the Lanta Eagles chapter", after "Lantan"
        # "Justice for Myanmar, a group", "the Korean Air plane"
        return view.make(start, end, "ORG", f"|{kind}|") if kind is not None else None
    kind = kind_after(view, end) if not world_region(view, start, end) else ""
    if kind:
        return view.make(start, end, "PLACE", f"{view.doc[start:end].text}|{kind}|")  # "the Tay Trang border gate"
    if person_cues(view, start, end):
        return person(view, start, end)  # "Li Liang Wei", "Ramon Dizon said"
    view.dropped.extend(blocking)  # a name's part is no town, person or not
    return None


def _initials_first(view: DocView, start: int, end: int) -> bool:
    """"K. Ramesh Babu", "P. S. Nair": one or more initials, then a name word: a person named as South
    Indian and Malaysian Indian papers write them (no place's name opens with an initial)."""
    k = start
    while k < end and len(view.words[k]) == 2 and view.words[k][0].isupper() and view.words[k][1] == ".":
        k += 1
    return start < k < end


#: Places whose names are also given names, mostly women's ("Virginia", "Georgia", "Florence"):
#: before one more name word they open a person's name, as East African and Anglophone papers name
#: recruiters and victims. Countries used as men's names ("Jordan", "Chad", "Israel") are left out:
#: they open the names of bodies and papers too often.
_PLACES_ALSO_FORENAMES = frozenset({"virginia", "georgia", "florence", "victoria", "carolina", "adelaide",
                                    "sydney", "charlotte", "augusta", "regina"})


def _forename_then_family_name(view: DocView, start: int, end: int, blocking: list[Span]) -> bool:
    """A two-word run of a place and one title-case word ("Virginia Achieng") that a person's cue
    stands by: a given name and a family name. The second word must be no head, place or site word,
    no day and no word a sentence opens with ("Victoria Island", "Georgia Police", "Laos Friday"
    stay). A place that is mostly a forename (``_PLACES_ALSO_FORENAMES``) needs a role before it or
    a verb of speech after it, the second word unlisted, since a landmark or a college may be
    unlisted ("Sydney Harbour"); any place needs an age or a description set off after the two
    words ("Chad Miller, an American,", "Israel Ramos, a driver,": a one-word town may close it)."""
    if end - start != 2 or blocking[0].start != start or blocking[0].end != start + 1 \
            or not _family_word(view, start + 1):
        return False
    if len(blocking) == 1 and view.lower[start] in _PLACES_ALSO_FORENAMES \
            and (_role_just_before(view, start) or view.lower[end:end + 1] in (["said"], ["says"], ["told"])):
        return True
    return set_off_as_a_person(view, start, end)


def _family_word(view: DocView, k: int) -> bool:
    """``k`` may close a person's name after a given name: a title-case word of letters that no
    name holds but a one-word town's, and no head, place, site, calendar or sentence-opening word."""
    word, owner = view.doc[k], view.owner.get(k)
    if owner is not None and not (owner.label_ == "PLACE" and len(owner) == 1):
        return False
    kinds = (gz.heads(), gz.site_heads(), gz.landmark_heads(), gz.place_kinds(), PLACE_WORDS)
    return word.is_alpha and word.is_title and not any(word.lower_ in words for words in kinds) \
        and word.lower_ not in STARTERS and word.lower_ not in NOT_NAME_WORDS and word.lower_ not in CALENDAR_WORDS


def _name_before_autonomy(view: DocView, start: int, stop: int) -> int:
    """Where the place's own name ends in the run [start, stop) before its kind word. A Chinese
    autonomous area puts its peoples between its name and "Autonomous" ("Xishuangbanna Dai
    Autonomous Prefecture", "Tibet Autonomous Region"): the name is the known place that opens the
    run, else its first word; after "and" the run holds only the last people of a list ("Dehong
    Dai and | Jingpo Autonomous Prefecture") and names nothing. A lone qualifier names nothing
    either. ``start`` where no name is left."""
    if stop - start == 1 and view.lower[start] in ADMINISTRATIVE_QUALIFIERS:
        return start
    if view.lower[stop - 1] != "autonomous" or stop - start < 2:
        return stop
    if start > 0 and view.lower[start - 1] == "and":
        return start
    opening = view.owner.get(start)
    return opening.end if opening is not None and opening.start == start and opening.end < stop else start + 1


#: What may stand between a role and the name it is ("my agent was X", "the recruiter, X,")
_ROLE_TO_NAME = frozenset({",", "was", "is", "named", "called"})


def _role_just_before(view: DocView, start: int) -> bool:
    """A role ends right before ``start`` or one comma, copula or "named" before it."""
    k = start - 1
    if k >= 0 and view.lower[k] in _ROLE_TO_NAME:
        k -= 1
    return k >= 0 and view.label_at(k) == "ROLE"


def _opens_a_longer_name(place: Span, start: int, end: int) -> bool:
    """A place's name opens the run and other words follow it ("Cebu | Pacific" of "a Cebu Pacific
    flight"): with a company's cue around the run, the place only begins the company's name."""
    return place.label_ == "PLACE" and place.start == start and place.end < end


def _unknown(view: DocView, run: Run) -> Decision:
    """A run of words nobody listed: its lower-case head or place word, else its cues."""
    start, end, doc = run.start, run.end, view.doc
    kind = kind_after(view, end, landmarks=False) if not world_region(view, start, end) else ""
    titled = all(view.words[k].istitle() or view.words[k] == "-" for k in range(start, end))
    if not kind and titled and _named_area(view, start, end):
        kind = "area"
    agency_end = lower_agency_head(view, end)
    if titled and agency_end and _opening_modifier(view, start, end):
        return None  # "Local police rescued ...", "Border authorities received ...": a sentence's capital, no name
    if titled and agency_end and view.lower[agency_end - 1] != "officials":  # ("Embassy officials said": people)
        return view.make(start, agency_end, "AGENCY", "||")  # "Kong Pisei district police", "Tboung Khmum authorities"
    unit = kind_before(view, start) if titled else None
    if unit is not None:  # "in tambon Nong Prue": a subdistrict
        return view.make(start, end, "PLACE", f"{doc[start:end].text}|{unit[0]}|{unit[1]}")
    bearing = all(view.lower[k] in _BEARINGS for k in range(start, end if kind else end - 1))
    if kind and titled and not bearing:
        return view.make(start, end, "PLACE", f"{doc[start:end].text}|{kind}|")  # "Kong Pisei district"
    suffix = gz.place_kinds().get(view.lower[end - 1]) if end - start >= 2 and titled and not bearing else None
    if suffix in _ADMINISTRATIVE and not any(view.lower[k] in gz.heads() for k in range(start, end - 1)):
        own = town_named_with_its_word(view, start, end)
        if own is not None:  # "Greyhaven City": the word is the town's own ("Palmview New Town": a project's)
            return view.make(start, end, *own)
        stop = _name_before_autonomy(view, start, end - 1)
        if stop == start:
            return None  # "Mong La, Special Region 4": a qualifier and a number, no name of a place
        return view.make(start, stop, "PLACE", f"{doc[start:stop].text}|{suffix}|")  # "Aichi | Prefecture"
    org = org_kind(view, start, end)
    if org is None:
        org = kind_before_group_noun(view, start, end)  # "members of the Kobra gang"
    if org is not None:
        return view.make(start, end, "ORG", f"|{org}|")
    if tuple(view.lower[start:end]) in view.sites_named:
        return view.make(start, end, "SITE", "")  # "the Jade Gate scam hub ... raids on Jade Gate": the site again
    if titled and start > 1 and view.lower[start - 1] == "of" and view.lower[start - 2] in _LOCAL_OFFICES:
        return view.make(start, end, "PLACE", f"{doc[start:end].text}|area|")  # "the former mayor of Santa Lucia"
    if world_region(view, start, end) and all(view.lower[k] in _BEARINGS or view.lower[k] in REGION_WORDS
                                              for k in range(start, end)):
        return None  # "run by West African gangs": a part of the world, nobody's name
    if person_cues(view, start, end):
        return person(view, start, end)
    if titled and (_placed_in_a_known_place(view, start, end) or placed_after_a_site_word(view, start, end)):
        return view.make(start, end, "PLACE", f"{doc[start:end].text}|area|")  # (a building's place: "a house in X")
    told = town_told_by_apposition(view, start, end) if titled and end - start <= 3 else ""
    if told:
        return view.make(start, end, "PLACE", f"{doc[start:end].text}|{told}|")  # "X, a suburb of Accra"
    return None


def _named_area(view: DocView, start: int, end: int) -> bool:
    """"in the Velotown area", "Ruritania's Velo Kai area": a name nobody listed between "the" (or
    a possessive) and a lower-case "area" is a part of a town or a border zone called by its own
    name. "area" is no kind word of its own, as a known town before it stays a town ("the Bavet
    area") and a bare "in Velotown area" may be a street's or a firm's."""
    return view.lower[end:end + 1] == ["area"] and start > 0 \
        and (view.lower[start - 1] == "the" or view.words[start - 1] in POSSESSIVE_S)


#: Offices held over a town or a province, whose "of" names the place ("the mayor of Santa Lucia")
_LOCAL_OFFICES = frozenset({"mayor", "governor", "vice-mayor", "vice-governor", "councilor", "councillor"})
#: Common words for a body's level or reach, capitalized only because they open a sentence.
_MODIFIERS = frozenset({"local", "regional", "border", "central", "provincial", "district", "municipal",
                        "city", "village", "county", "foreign", "senior", "top", "government"})


def _opening_modifier(view: DocView, start: int, end: int) -> bool:
    """One common modifier of a body's lower-case head that opens a sentence or a quotation
    ("Local police said", "“Regional police forces have ...", "Government authorities said"):
    written with a capital for its place, as "local police" is elsewhere, not as a name; so is a
    participle that opens a sentence ("Impersonating immigration officers, the callers ..."). A word of
    a title's rank or tenure ("Deputy police chief X", "Acting immigration chief X") is one
    wherever it stands: it ranks the title after the head, and no body is called "Deputy"."""
    if end - start != 1:
        return False
    if view.lower[start] in _TITLE_RANKS:
        return True
    opens = view.doc[start].is_sent_start or start > 0 and view.words[start - 1] in {"“", '"', "'", "‘", "—", "–"}
    if opens and view.doc[start].is_sent_start and _opening_participle(view, start):
        return True  # "Impersonating law enforcement officers, they ...": a participle opens the sentence
    return view.lower[start] in _MODIFIERS and bool(opens)


def _opening_participle(view: DocView, start: int) -> bool:
    """A word in "-ing" that opens a sentence and whose phrase a comma closes a few words on, with
    no verb between ("Impersonating immigration police and bank staff, the callers ..."): a participle
    phrase set before the subject. A town's police ("Taiping police raided ...") go straight on
    to their verb."""
    if len(view.lower[start]) <= 5 or not view.lower[start].endswith("ing"):
        return False
    for k in range(start + 2, min(len(view.words), start + 9)):
        if view.words[k] == ",":
            return True
        if view.lower[k].endswith("ed") or view.lower[k] in {"said", "says", "say", "told", "is", "are", "was", "were"}:
            return False
    return False


#: Words that rank or date a title, never a body's name: "Assistant | police chief", "Former | police officer".
_TITLE_RANKS = frozenset({"deputy", "assistant", "acting", "vice", "adjunct", "former", "interim", "outgoing",
                          "incoming", "retired", "joint", "additional"})


#: Words of direction alone name no place: "the Eastern District of New York" (a court's
#: district), not a district called "Eastern".
_BEARINGS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                       "northeast", "northwest", "southeast", "southwest"})


def _placed_in_a_known_place(view: DocView, start: int, end: int) -> bool:
    """"the facility in Bicutan, Taguig", "a village near Ban Mai in Tak province", "next to
    Nong Lu in Kanchanaburi Province": a name nobody listed, which a locative word puts somewhere
    and a known town or province holds, is a place (a neighbourhood, a village) in it."""
    if not 1 <= end - start <= 3 or start < 2 or end + 1 >= len(view.doc) or view.lower[end] not in {"in", ","}:
        return False
    locative = view.lower[start - 1] in {"in", "near"} or view.lower[start - 2:start] == ["next", "to"]
    holder = view.owner.get(end + 1)
    return locative and holder is not None and holder.start == end + 1 and holder.label_ == "PLACE" \
        and not any(view.lower[k] in NOT_NAME_WORDS or view.lower[k] in STARTERS for k in range(start, end))

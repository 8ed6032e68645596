"""``scamgraph_names``: the component that turns capitalized runs into PERSON, AGENCY, ORG, SITE
and PLACE entities and filters the gazetteer's matches.

One pass per document: find the capitalized runs (``runs``), decide each one (``kinds``), add the
lower-case state bodies (``bodies``) and the unknown names of a listed series of places
(``place_names``), then read later mentions: an acronym defined earlier ("CCOS"), a part of a
person's full name ("Setiawan" after "Arief Setiawan"); and drop the names that only page
furniture gives (``boilerplate``) and the ones a reading took wrongly (``dropped_names``). The cue
patterns this needs are compiled once, when the pipeline is built (``patterns``).
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from scamgraph.loaders.nlp.airport_forms import names_before_airport, one_name_per_airport
from scamgraph.loaders.nlp.ampersand_firms import firms_joined_by_ampersand
from scamgraph.loaders.nlp.bodies import (
    bodies_from_countries,
    coordinated_heads,
    lower_bodies,
    person_of_the_body,
    shared_plural_bodies,
    unit_of_the_body,
    units_of_bodies,
)
from scamgraph.loaders.nlp.bodies_again import bodies_named_again
from scamgraph.loaders.nlp.body_people import offices_as_people
from scamgraph.loaders.nlp.border_posts import spelled_out_posts
from scamgraph.loaders.nlp.counted_things import things_counted
from scamgraph.loaders.nlp.boilerplate import without_furniture
from scamgraph.loaders.nlp.carriers import places_naming_airlines
from scamgraph.loaders.nlp.city_states import city_states_in_country_lists
from scamgraph.loaders.nlp.cues import lone_speakers
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.dropped_names import (
    _bodies_begun_by_of,
    _common_nouns_as_orgs,
    _demonyms_as_nicknames,
    _laws_named,
    _laws_read_as_people,
    _lowercase_people,
    _outlets_sections,
    _sides_of_a_war,
    _places_inside_names,
    _ranks_read_as_bodies,
)
from scamgraph.loaders.nlp.ents import ENTS_KEY, Ent, set_ents_outside
from scamgraph.loaders.nlp.gazetteer_ents import MATCHES_KEY
from scamgraph.loaders.nlp.headlines import headline_runs
from scamgraph.loaders.nlp.home_towns import people_from_villages, towns_people_are_from
from scamgraph.loaders.nlp.kinds import classify
from scamgraph.loaders.nlp.listed_people import listed_people
from scamgraph.loaders.nlp.longer_places import heads_of_longer_places, tails_of_longer_places
from scamgraph.loaders.nlp.national_acronyms import national_acronyms
from scamgraph.loaders.nlp.numbered_units import counted_bodies, numbered_units, ordinal_units
from scamgraph.loaders.nlp.one_names import one_name_described
from scamgraph.loaders.nlp.org_cues import named_with_acronym, outlets_spoken_to
from scamgraph.loaders.nlp.outlets import (
    known_outlets_as_people,
    outlets_cited,
    people_named_as_outlets,
    places_named_as_outlets,
)
from scamgraph.loaders.nlp.named_after_places import places_naming_accords_or_seas
from scamgraph.loaders.nlp.patterns import CuePatterns
from scamgraph.loaders.nlp.place_names import listed_places, towns_of_landmarks
from scamgraph.loaders.nlp.place_namesakes import people_named_as_places
from scamgraph.loaders.nlp.portfolios import has_portfolios, portfolio_then_name, titled_by_an_acronym
from scamgraph.loaders.nlp.runs import capitalized_runs
from scamgraph.loaders.nlp.sentences import token_spaces, token_texts
from scamgraph.loaders.nlp.surname_places import (
    names_ending_in_a_place,
    names_opening_with_a_place,
    pronoun_surnames,
    surnames_as_places,
)
from scamgraph.loaders.nlp.titled_names import body_role_name, body_then_name, titled_by_a_body
from scamgraph.loaders.nlp.town_namesakes import towns_of_the_story
from scamgraph.loaders.nlp.vocabulary import NOT_NAME_WORDS, RANK_WORDS, named_after_one_person
from scamgraph.resolve import country_code

__all__ = ["NameFinder", "find_names"]


@Language.factory("scamgraph_names")
def _make_name_finder(nlp: Language, name: str) -> NameFinder:
    return NameFinder(nlp)


class NameFinder:
    """The pipeline component; it holds the cue patterns compiled for the pipeline's vocabulary."""

    def __init__(self, nlp: Language) -> None:
        self.patterns = CuePatterns(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        words, spaces = token_texts(doc), token_spaces(doc)
        matches = doc.user_data.pop(MATCHES_KEY, None)  # the gazetteer's doc.ents, as it set them
        kept = [ent for ent in (doc.ents if matches is None else matches) if _keep_gazetteer_match(ent, words, spaces)]
        # (what ``doc.ents = ...`` does, less building each Span again)
        found = find_names(DocView(doc, kept, self.patterns))
        set_ents_outside(doc, list(found))
        doc.user_data[ENTS_KEY] = _as_set(doc, found)  # what ``doc.ents`` now reads, for the news reader
        return doc


#: Words of how a post is held, which open a title and never a body's name ("Acting Police Spokesman X")
_TENURE_WORDS = frozenset({"acting", "senior", "former", "outgoing", "incoming", "interim"})


def _as_set(doc: Doc, found: tuple[Span, ...]) -> tuple[Span, ...]:
    """The entities as ``doc.ents`` reads them back: ``Doc.set_ents`` passes over a span with no
    label, and a span with no id keeps the id its first token had (a gazetteer match's)."""
    if all(span.label and span.id for span in found):
        return found  # (nearly every story)
    return tuple(span if span.id else Ent(doc, span.start, span.end, label=span.label, kb_id=span.kb_id,
                                          span_id=doc[span.start].ent_id)
                 for span in found if span.label)


#: Goods before "traffickers"/"trafficked": trade in things, not the trafficking of people.
_NOT_PEOPLE_TRAFFICKED = frozenset({"drug", "drugs", "narcotics", "arms", "weapons", "gun", "wildlife", "ivory",
                                    "timber", "heroin", "cocaine", "methamphetamine", "meth", "opium"})


#: Small words a name's gazetteer form may open with before its capitalized words: "the Foreign
#: Ministry", and "mainland China", which news writes in lower case ("1,200 were from mainland China")
#: and which, dropped, would leave the people counted there with no nationality.
_LOWER_LEADS = frozenset({"the", "mainland"})


def _keep_gazetteer_match(ent: Span, words: list[str], spaces: list[int]) -> bool:
    """Gazetteer hits that must be written as names (places, countries, demonyms, agencies), and a
    place is never a short all-capital word ("KH", "MAN"); a scam after "anti-" is what a body
    fights ("Anti-Trafficking in Persons Division"), not a scam the story tells of. (The
    document's token texts and trailing spaces stand for ``Span.text``, which builds every token.)"""
    label, start, end = ent.label_, ent.start, ent.end
    if label == "SCAM" and start >= 2 and words[start - 1] == "-" and words[start - 2].lower() == "anti":
        return False
    if label == "SCAM" and start >= 1 and words[start - 1].lower() in _NOT_PEOPLE_TRAFFICKED:
        return False  # "drug traffickers", "arms trafficked": other goods, not people
    if label == "SCAM" and words[start].lower() == "trafficked" \
            and not _NOT_PEOPLE_TRAFFICKED.isdisjoint(w.lower() for w in words[end:end + 6]):
        return False  # "trafficked about 3 tonnes of methamphetamine": goods, not people
    if label in {"PLACE", "COUNTRY", "NORP", "AGENCY"}:
        lower_lead = words[start] in _LOWER_LEADS and spaces[start] and end > start + 1 and words[start + 1][:1].isupper()
        if not words[start][:1].isupper() and not lower_lead:  # "the Foreign Ministry", "mainland China"
            return False
        if label == "PLACE":
            text = "".join(words[k] + " " * spaces[k] for k in range(start, end - 1)) + words[end - 1]
            if text.isupper() and len(text) <= 3:
                return False
    return True


def find_names(view: DocView) -> tuple[Span, ...]:
    """The document's entities once every capitalized run is decided, in document order."""
    decided: list[Span] = []
    undecided: list[tuple[int, int]] = []
    portfolios = has_portfolios(view.words)  # (a document-wide screen: Doc.text joins every token again)
    for start, end in list(capitalized_runs(view)):
        branch = _court_branch(view, start, end)
        if branch is not None:  # "Makati Regional Trial Court Branch 35"
            decided.append(branch)
            continue
        cut = body_then_name(view, start, end)
        if cut is not None:  # "Spokesman for the Presidential Palace | Kang Yu-jung"
            first = cut + (view.lower[cut] in RANK_WORDS)  # "... Merrow Armed Forces | General | Dovan Ketsuri"
            decided.append(view.make(first, end, "PERSON", ""))
            end = cut
        elif (role := body_role_name(view, start, end)) is not None \
                and NOT_NAME_WORDS.isdisjoint(view.lower[role[1]:end]):  # "Prince Group | Chairman | Chen Zhi"
            # (not "Content Partner | Cover Image": a page's picture slot)
            decided.append(view.make(role[1], end, "PERSON", ""))
            end = role[0]
            while end - start > 1 and view.lower[start] in _TENURE_WORDS:
                start += 1  # "Acting | Police | Spokesman X": how the post is held, no word of the body's name
        elif portfolios and (holder := portfolio_then_name(view, start, end)) is not None:  # "... for Overseas Affairs | Rohan Mehta"
            decided.append(view.make(holder, end, "PERSON", ""))
            end = titled_by_an_acronym(view, start, holder)
        elif (of := person_of_the_body(view, start, end)) is not None:  # "Raju Pandey | of | Bhaktapur Police Range"
            decided.append(view.make(start, of, "PERSON", ""))
            start = of + 1
        elif (of := unit_of_the_body(view, start, end)) is not None:  # "Immigration Bureau | of the | RTP"
            if (parent := classify(view, of + 2, end)) is not None:
                decided.append(parent)
            end = of
        span = classify(view, start, end)
        if span is None:
            undecided.append((start, end))
        else:
            decided.append(span)
    decided += lower_bodies(view)
    view.replace(decided)
    _defined_acronyms(view)
    if view.dropped:
        view.ents = [e for e in view.ents if e not in view.dropped]
        view.reindex()
    undecided = _settle(view, undecided, titled_by_a_body(view, undecided))
    undecided = _settle(view, undecided, listed_places(view, undecided) + towns_of_landmarks(view, undecided))
    for cue in (named_with_acronym, outlets_spoken_to, outlets_cited):  # (an acronym defined first is no outlet of its own)
        undecided = _settle(view, undecided, cue(view, undecided))
    _second_pass(view, undecided)
    undecided = _settle(view, undecided, _named_by_one_word(view, undecided))
    # ("Dara Voss from Velmora village": who lives there)
    undecided = _settle(view, undecided, people_from_villages(view, undecided))
    # (a named person's home town, before a list's people are read: a town is no lone-named person)
    undecided = _settle(view, undecided, towns_people_are_from(view, undecided))
    listed_people(view, undecided)
    undecided = _settle(view, undecided, towns_people_are_from(view, undecided))  # (and the towns the list named)
    for more in (units_of_bodies(view), coordinated_heads(view), shared_plural_bodies(view), numbered_units(view), _bodies_of_places(view),
                 ordinal_units(view, undecided), counted_bodies(view), heads_of_longer_places(view),
                 bodies_from_countries(view), city_states_in_country_lists(view), places_named_as_outlets(view),
                 people_named_as_outlets(view), known_outlets_as_people(view), towns_of_the_story(view),
                 names_before_airport(view), spelled_out_posts(view), firms_joined_by_ampersand(view),
                 national_acronyms(view),  # ("the BI" in a Philippine story)
                 people_named_as_places(view), bodies_named_again(view)):
        if more:
            view.replace(more)
    ranked = _ranks_before_names(view) + pronoun_surnames(view) + names_ending_in_a_place(view) \
        + names_opening_with_a_place(view)
    # ("She Zhijiang was ...": no "She" and a town; "Tran Thi Chin": no Chin State; "Marietta Wanjohi Kamau": no town)
    if ranked:
        view.replace(ranked)
    dropped = _places_inside_names(view, undecided) | _lowercase_people(view) | _outlets_sections(view) \
        | surnames_as_places(view.ents) | places_naming_airlines(view) | places_naming_accords_or_seas(view) \
        | headline_runs(view) \
        | offices_as_people(view) | tails_of_longer_places(view) | _bodies_begun_by_of(view) | _ranks_read_as_bodies(view) \
        | _laws_named(view) | _laws_read_as_people(view) | _demonyms_as_nicknames(view) | things_counted(view) \
        | _common_nouns_as_orgs(view) | _sides_of_a_war(view)
    ents = one_name_per_airport(view, [e for e in view.ents if e not in dropped] if dropped else view.ents)
    return _apart(sorted(without_furniture(view, ents), key=lambda e: e.start))


def _settle(view: DocView, undecided: list[tuple[int, int]], spans: list[Span]) -> list[tuple[int, int]]:
    """Puts the spans one cue read into the document ("Dara Voss from Velmora": the town a named person
    is from, made a place); the runs still undecided, those the spans open taken out."""
    if not spans:
        return undecided
    view.replace(spans)
    return [(s, e) for s, e in undecided if not any(p.start == s for p in spans)]


def _named_by_one_word(view: DocView, undecided: list[tuple[int, int]]) -> list[Span]:
    """"a 29-year-old man named Kittipong", "an accused named Kunal": one title-case word that
    "named" introduces after a noun for one person is that person (Thai and South Asian reports
    often give one name only). Nothing else makes a lone word a person."""
    found = []
    for start, end in undecided:
        if end - start == 1 and (named_after_one_person(view.lower, start) and view.words[start].isalpha()
                                 or one_name_described(view.words, view.lower, start, end)):  # ("Rizal, 34, a ...")
            found.append(view.make(start, end, "PERSON", ""))
    return found


def _court_branch(view: DocView, start: int, end: int) -> Span | None:
    """"Makati Regional Trial Court Branch 35": a body's numbered branch, named with its number (the
    capitalized run ends at "Branch", whose number no run holds)."""
    if end - start < 2 or view.words[end - 1] != "Branch" or end >= len(view.words) \
            or not view.words[end].isdigit() or len(view.words[end]) > 3:
        return None
    body = classify(view, start, end - 1)
    return view.make(start, end + 1, "AGENCY", body.id_) if body is not None and body.label_ == "AGENCY" else None


def _apart(ents: list[Span]) -> tuple[Span, ...]:
    """The entities with no two sharing a token (the earlier one kept): ``Doc.set_ents`` refuses
    overlapping spans, and one rule taking a run that another already took must cost that run,
    not the whole article."""
    kept: list[Span] = []
    for ent in ents:
        if not kept or ent.start >= kept[-1].end:
            kept.append(ent)
    return tuple(kept)


def _ranks_before_names(view: DocView) -> list[Span]:
    """"Major Tin Win": a military rank the roles table does not list alone ("Major", unlike
    "Colonel", is an ordinary adjective too) opening a person's name of three words or more is no
    part of the name; nor is a rank before the family name of a person named in full elsewhere."""
    named = Counter(view.lower[e.end - 1] for e in view.ents if e.label_ == "PERSON")  # (people by family name)
    return [view.make(e.start + 1, e.end, "PERSON", e.id_) for e in view.ents
            if e.label_ == "PERSON" and view.lower[e.start] in RANK_WORDS
            and (e.end - e.start >= 3 or e.end - e.start == 2 and named[view.lower[e.end - 1]] > 1)]


def _bodies_of_places(view: DocView) -> list[Span]:
    """"the Dong Nai province Department of Health", "the Kampot provincial Department of Labour":
    a place, its lower-case kind word, and a body's name are one agency, the place's own (named
    with the place, as written)."""
    found = []
    ordered = sorted(view.ents, key=lambda e: e.start)
    for place, body in pairwise(ordered):
        if place.label_ != "PLACE" or body.label_ != "AGENCY" or body.start != place.end + 1 \
                or view.lower[place.end] not in _PLACE_KIND_WORDS or body.id_.split("|")[0]:
            continue
        code = place.id_.split("|")[-1] if place.id_.count("|") >= 2 else ""
        kind = body.id_.split("|")[1] if body.id_.count("|") >= 1 else ""
        name = f"{view.doc[place.start:body.end].text}"
        found.append(view.make(place.start, body.end, "AGENCY", f"{name}|{kind}|{code}"))
    return found


#: Lower-case place words between a place and the name of its own body
_PLACE_KIND_WORDS = frozenset({"province", "provincial", "district", "city", "municipal", "prefecture",
                               "prefectural", "state", "county", "regional"})


def _defined_acronyms(view: DocView) -> None:
    """An acronym the text defined after a body's full name is that body wherever it is written
    again: "(PNP-CIDG)" or "(PNP ACG)", and one the gazetteer knows as another country's body ("National Police of
    Peru (PNP)": not the Philippine National Police). Where the gazetteer's body is of the same
    country, it stands ("the Chicago office of the Federal Bureau of Investigation (FBI)": FBI is
    still the bureau). A one-word acronym the gazetteer does not know is read in the
    second pass, unless a cue around it already made it a body with no name of its own
    ("Kestrel Bay Group (KBG) ... KBG, a group of firms"): it is still the body defined."""
    found = []
    for ent in view.ents:
        if ent.label_ not in {"AGENCY", "ORG"} or ent.end - ent.start not in (1, 2, 3) \
                or ent.end - ent.start == 2 and not all(w.isupper() for w in view.words[ent.start:ent.end]):
            continue
        source = view.acronyms.get("".join(view.words[ent.start:ent.end]))
        if source is None or source is ent or source.label_ not in {"AGENCY", "ORG"} or source.end > ent.start:
            continue
        canonical, _, rest = (source.id_ or "||").partition("|")
        ident = f"{canonical or source.text}|{rest or '|'}"
        known = ent.id_.rpartition("|")[2]
        if ent.end - ent.start > 1 or known and _country_of(view, source) not in ("", known) \
                or ent.id_.startswith("|"):  # ("CLX, a group of firms": a cue made it a body, unnamed)
            found.append(view.make(ent.start, ent.end, source.label_, ident))
    if found:
        view.ents = [e for e in view.ents if not any(f.start == e.start and f.end == e.end for f in found)] + found
        view.reindex()


def _country_of(view: DocView, body: Span) -> str:
    """The country a body's name holds ("National Police of Peru": PE), else the one its id gives."""
    told = body.id_.rpartition("|")[2]
    return told or next((code for k in range(body.start, body.end)
                         if view.cap[k] and (code := country_code(view.words[k]))), "")


def _second_pass(view: DocView, undecided: list[tuple[int, int]]) -> None:
    """Later mentions: an acronym of a named agency, or part of a person's full name."""
    doc, words = view.doc, view.words
    tokens_of_people = {words[k] for e in view.ents if e.label_ == "PERSON" and len(e) > 1
                        for k in range(e.start, e.end) if words[k] != "-"}
    speakers = lone_speakers(view)
    for start, end in undecided if speakers else ():  # (no lone speaker: no run below can end in one)
        if end - start < 2:
            continue  # (one word keeps fewer than two)
        kept = [words[k] for k in range(start, end) if words[k] != "-"]
        if 2 <= len(kept) <= 3 and kept[-1] in speakers and all(w.istitle() for w in kept) \
                and view.owner.keys().isdisjoint(range(start, end)):
            span: Span = Ent(doc, start, end, label="PERSON", span_id="||")
            view.ents.append(span)  # "Arief Setiawan answered ..." and later "Setiawan told ..."
            view.owner.update({k: span for k in range(start, end)})
            tokens_of_people.update(kept)
    added: list[Span] = []
    for start, end in undecided:
        if not view.owner.keys().isdisjoint(range(start, end)):  # (a test in C: no generator per run)
            continue
        if end - start == 1 and words[start] in view.acronyms:
            source = view.acronyms[words[start]]
            canonical, bar, rest = (source.id_ or "||").partition("|")
            ident = f"{canonical or source.text}|{rest or '|'}" if bar else canonical  # (a country's id is its code)
            added.append(Ent(doc, start, end, label=source.label_, span_id=ident))
        elif all(words[k] in tokens_of_people for k in range(start, end) if words[k] != "-") and \
                not (start > 0 and view.lower[start - 1] in {"surnamed", "named"}):
            added.append(Ent(doc, start, end, label="PERSON"))
    for span in added:  # (owned at once: a list reader after this one must not take the run again)
        view.ents.append(span)
        view.owner.update({k: span for k in range(span.start, span.end)})

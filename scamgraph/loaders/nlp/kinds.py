"""What a capitalized run is: a person, an agency, an organization, a site, a place, or nothing.

``classify`` tries a fixed sequence of stages, each a rule about one kind of evidence, and the
first stage that decides wins. The order is the rule: an agency's lower-case head after a
country beats the country ("Thai authorities"), a landmark beats the town it contains
("Incheon International Airport"), the gazetteer's own name beats a guess, a title in front is
cut off before the name is read ("Vice Foreign Minister Park"), a head word names a body
("National Police Agency"), a site head names a site ("the Jade Garden compound"), and only then
do the cues around an unknown run decide (``cues``). A stage returns ``GO_ON`` to pass.

The stages that read sites are in ``site_runs``, the last ones (a run holding a known name, a run
nobody listed) in ``unknown_runs``; the run and a stage's answer in ``kind_stages``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.bodies import lower_agency_head, shared_agency_head
from scamgraph.loaders.nlp.cues import person_cues
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.forenames import PORTFOLIO_WORDS
from scamgraph.loaders.nlp.kind_stages import _DETERMINERS, GO_ON, Decision, Run, _GoOn
from scamgraph.loaders.nlp.outlets import NEWS_WIRES
from scamgraph.loaders.nlp.place_names import landmark, landmark_after
from scamgraph.loaders.nlp.run_heads import has_head
from scamgraph.loaders.nlp.run_words import (
    acronym,
    after_title,
    head_class,
    person,
)
from scamgraph.loaders.nlp.site_runs import _AT_A_PLACE, _site, _site_follows, _speaker_named_like_a_site
from scamgraph.loaders.nlp.unknown_runs import _holding_a_known_name, _unknown
from scamgraph.loaders.nlp.vocabulary import (
    POSSESSIVE_MARKS,
    HONORIFICS,
    ORG_NOUNS,
    TITLE_MODIFIERS,
)

__all__ = ["classify"]


def classify(view: DocView, start: int, end: int) -> Span | None:
    """The entity the run [start, end) is, or None when it is none (or the gazetteer's already)."""
    owner = view.owner
    inner = {owner[k].start: owner[k] for k in range(start, end) if k in owner}
    whole = inner.get(start)  # (only the entity keyed by the run's start can cover it exactly)
    run = Run(start, end, inner, whole if whole is not None and whole.end == end else None)
    for stage in _STAGES:
        decision = stage(view, run)
        if not isinstance(decision, _GoOn):
            return decision
    return None


def _body_of_a_place(view: DocView, run: Run) -> Decision:
    """"Thai authorities", "Tak provincial police", and "US | and UK authorities"."""
    start, end, whole = run.start, run.end, run.whole
    if whole is None or whole.label_ not in {"NORP", "COUNTRY", "PLACE"}:
        return GO_ON  # (most runs: no known name of a place or a people covers them)
    agency_end = lower_agency_head(view, end)
    if agency_end and whole is not None and whole.label_ in {"NORP", "COUNTRY", "PLACE"}:
        code = whole.id_ if whole.label_ != "PLACE" else ""  # a town's police is not the nation's
        return view.make(start, agency_end, "AGENCY", f"||{code}")
    shared = shared_agency_head(view, end)
    if shared and whole is not None and whole.label_ in {"NORP", "COUNTRY"} and not _a_place_before_and(view, start, end):
        name = f"{view.doc[start:end].text} {shared}"  # the US authorities too
        return view.make(start, end, "AGENCY", f"{name}||{whole.id_}")
    return GO_ON


def _a_place_before_and(view: DocView, start: int, end: int) -> bool:
    """"the Embassy in Cambodia | and Cambodian authorities": a country after a locative word is
    where something is, and one that the next body names again shares no head with it."""
    after = view.owner.get(end + 1)
    return start > 0 and view.lower[start - 1] in {"in", "at", "near", "inside"} \
        or after is not None and start in view.owner and after.id_ == view.owner[start].id_


def _landmark(view: DocView, run: Run) -> Decision:
    """"Incheon International Airport" (a head inside the name) or "the Boten-Bohan border
    crossing", "the Ban Klong Luek checkpoint" (a lower-case head after it): one place."""
    if run.start > 0 and view.lower[run.start - 1] in ORG_NOUNS:
        return GO_ON  # "the anti-trafficking group Freedom Road": a body named after a road, no road
    place = landmark_after(view, run.start, run.end, run.inner) if view.words[run.start] in gz.landmark_prefixes() else None
    place = place or landmark(view, run.start, run.end, run.inner) or landmark_after(view, run.start, run.end, run.inner)
    # ("the Ban Sok checkpoint": the crossing's words after a prefixed name make the crossing)
    if place is not None and "-" in view.words[run.start:run.end] and place.end == run.end \
            and view.words[run.start] in gz.landmark_prefixes():
        return GO_ON  # "Ban Sok-Lotown": a crossing named for the two places it joins, no village
    if place is not None and place.start == run.start and view.words[run.start] in gz.landmark_prefixes() \
            and run.start > 0 and view.lower[run.start - 1] not in _AT_A_PLACE and person_cues(view, run.start, run.end):
        return GO_ON  # "envoy Ban Ki-woo said": a village's prefix that opens a person's name, told as one
    return place if place is not None else GO_ON


def _named_already(view: DocView, run: Run) -> Decision:
    """The gazetteer's entity covers the run: it stays as it is (and may define an acronym); a
    title with no name after it ("Deputy | Director") names nobody."""
    if run.whole is not None and run.whole.label_ != "ROLE":
        view.note_acronym(run.whole)
        return None
    if run.whole is not None and (run.start > 0 and view.label_at(run.start - 1) == "ROLE"
                                  or run.start > 0 and view.lower[run.start - 1] in _DETERMINERS):
        return None  # (nor does a title after an article: "said the Foreign Minister had ...")
    return GO_ON


def _office_of_a_title(view: DocView, run: Run) -> Decision:
    """"Attorney General's Office", "the Prosecutor General's Office", "Mexico City Attorney
    General's Office": a title's possessive before a body's head word names the body the title
    holder leads, not a person; a prosecutor's office prosecutes, whatever its head word says."""
    start, end = run.start, run.end
    if end - start < 3 or view.lower[end - 1] not in gz.heads() or view.words[end - 2] not in POSSESSIVE_MARKS:
        return GO_ON
    role = next((e for e in run.inner.values() if e.label_ == "ROLE" and e.end == end - 2 or
                 e.label_ == "ROLE" and e.end == end - 3 and view.cap[end - 3]), None)
    prosecutors = view.lower[end - 3] in {"prosecutor", "prosecutors"}  # "the Busan District Prosecutors' Office"
    if role is None and not prosecutors:
        return GO_ON
    first = run.inner.get(start)
    country = first.id_ if first is not None and first.label_ in {"NORP", "COUNTRY"} else ""
    kind = "prosecution" if prosecutors or role is not None and role.id_.split("|")[0] == "prosecutor" \
        else gz.heads()[view.lower[end - 1]][1]
    return view.make(start, end, "AGENCY", f"|{kind}|{country}")


def _titled(view: DocView, run: Run) -> Decision:
    """A title in front is not part of the name: read what follows it."""
    start, end, inner = run.start, run.end, run.inner
    if not inner:
        return GO_ON  # (every form below starts from a known name inside the run)
    first = inner.get(start)
    if first is not None and first.label_ == "ROLE" and first.end < end and not _describes_unit(view, first, end) \
            and view.words[first.end] not in POSSESSIVE_MARKS:  # ("the Prosecutor's Office": the office's own name)
        name = after_title(view, first.end, end)
        if name >= end:
            return None  # "Head of Press": a title alone
        found = classify(view, name, end)  # "Vice Foreign Minister Park"
        if isinstance(found, Span) and found.label_ == "SITE" and _bare_name(view, name, end):
            return person(view, name, end)  # "Consul Jongmin Park": a title names a person, whatever word ends the name
        return found
    role = next((e for e in sorted(inner.values(), key=lambda e: e.start)
                 if e.label_ == "ROLE" and start < e.start and e.end < end), None)
    if role is not None and all(_title_word(view, k) for k in range(start, role.start)) \
            and view.lower[end - 1] not in gz.heads():  # "Bureau of Immigration Fugitive Search Unit" is a body
        name = after_title(view, role.end, end)
        if name >= end:
            return None
        found = classify(view, name, end)  # "UN High Commissioner for Human Rights | Volker Türk"
        if found is None and name > role.end and _bare_name(view, name, end) \
                and not all(view.lower[k] in PORTFOLIO_WORDS for k in range(name, end)):
            return person(view, name, end)  # the title before it is the name's cue (not "... for | Human Rights")
        return found
    if first is not None and first.label_ == "AGENCY" and first.end < end and view.cap[end - 1] \
            and not any(view.label_at(k) in {"PLACE", "COUNTRY"} for k in range(first.end, end)):
        # a unit of a known agency: "Philippine National Police Criminal Investigation and Detection Group"
        _canonical, kind, country = (first.id_.split("|") + ["", "", ""])[:3]
        if not has_head(view, first.end, end) and not any(acronym(w) for w in view.words[first.end:end]):
            return view.make(first.start, first.end, "AGENCY", first.id_)  # "Interpol | Red Notices", "BGF | Hand Over"
        return view.make(start, end, "AGENCY", f"|{kind}|{country}")
    if first is not None and first.label_ in {"COUNTRY", "PLACE"} and first.end < end - 1 \
            and (view.lower[first.end] in HONORIFICS or _posted_to(view, start)):
        # "Ambassador to Cambodia | Datuk Eldeen ...", "Ambassador to Cambodia | Santo Darmosumarto"
        name = after_title(view, first.end, end)
        found = classify(view, name, end) if name < end else None
        return person(view, name, end) if found is None and _bare_name(view, name, end) else found
    if first is not None and first.label_ == "NORP" and (_aged(view, start) or _age_after(view, end)) \
            and _bare_name(view, first.end, end) \
            and (end >= len(view.lower) or not view.lower[end].isalpha() or view.lower[end] in _AFTER_A_NAME):
        return person(view, first.end, end)  # "41-year-old Chilean | Tomas Arriaga Vidal", "Malaysian | Tan Ah Kow, 41,"
    if first is not None and first.label_ == "NORP" and first.end == start + 1 and _bare_name(view, first.end, end) \
            and not has_head(view, first.end, end) and _demonym_as_title(view, start, end):
        return person(view, first.end, end)  # "police arrested Australian | Darren Kolbe in Bangkok"
    if first is not None and first.label_ in {"NORP", "COUNTRY", "PLACE"} and first.end < end \
            and not has_head(view, first.end, end) and not _site_follows(view, end):
        nxt = inner.get(first.end)
        if nxt is not None and nxt.label_ == "ROLE":
            return classify(view, nxt.end, end) if nxt.end < end else None
    return GO_ON


#: Classes of roles that describe a person rather than entitle one ("fugitive", "victim"): before
#: a body's head word they name what the unit deals with, not an office held.
_DESCRIPTOR_CLASSES = frozenset({"suspect", "victim"})


def _describes_unit(view: DocView, role: Span, end: int) -> bool:
    """"The Fugitive Search Unit of ...", "the Victim Support Unit": a describing noun opens a run
    that ends in a body's head word; the whole run is the body's name, not a title and a name."""
    return role.id_.split("|")[-1] in _DESCRIPTOR_CLASSES and view.lower[end - 1] in gz.heads()


def _bare_name(view: DocView, start: int, end: int) -> bool:
    """Two or three title-case words that no entity owns, but for a town's name after the first
    ("Tan Wei | Liang": a town in Brunei too): a name, once a title stands before it."""
    return 2 <= end - start <= 3 and start not in view.owner and all(
        view.words[k].istitle() and (k not in view.owner or _town_word(view, k)) for k in range(start, end))


def _town_word(view: DocView, k: int) -> bool:
    """Token ``k`` is a one-word town's name from the generated city list, which names people too."""
    place = view.owner[k]
    return place.label_ == "PLACE" and place.end - place.start == 1 and place.text in gz.city_list_names()


#: Words before a demonym used as a person's title: a verb's object ("arrested Australian Darren
#: Kolbe"), a list's next item ("..., Australian Darren Kolbe and Thai Somsak Panyarat")
_BEFORE_A_TITLED_NAME = frozenset({",", "and", "or", "named", "including", "include", "includes", "included"})
#: Words after such a name, besides the ones any name may have before it: a preposition of a place,
#: a time or a deed, or a clause break
_AFTER_A_TITLED_NAME = frozenset({"in", "at", "on", "from", "to", "for", "as", "after", "over", "with"})


def _demonym_as_title(view: DocView, start: int, end: int) -> bool:
    """The demonym at ``start`` stands before a bare name as a title ("Briton James Morley"),
    not in a name of a thing ("the Chinese New Year holiday"): a verb in the past or a list's
    joint before it, and a clause break, a verb or a preposition after the name."""
    if start == 0 or end - start < 3:
        return False
    before = view.lower[start - 1]
    if not (before in _BEFORE_A_TITLED_NAME or before.endswith("ed") and before.isalpha()
            and (start < 2 or view.lower[start - 2] not in _DETERMINERS)):  # ("an alleged ...": an adjective)
        return False
    if view.words[end:end + 1] == ["("] and end + 1 < len(view.words) and view.words[end + 1][:2].isupper():
        return False  # "Philippine Offshore Gaming Operators (POGO)": a thing's name, its acronym after it
    if end < len(view.lower) and view.lower[end].isalpha() and view.lower[end] not in _AFTER_A_NAME \
            and view.lower[end] not in _AFTER_A_TITLED_NAME:
        return False
    return not any(view.lower[k] in {"new", "year", "lunar"} for k in range(start + 1, end))


#: Lower-case words that may follow a person's name ("... Joo Han Wong was apprehended"); any other
#: lower-case word makes the run a modifier of a noun ("a 30-year-old Chinese New Year reveller")
_AFTER_A_NAME = frozenset({"was", "were", "is", "has", "had", "who", "and", "said", "says", "allegedly", "reportedly"})


def _aged(view: DocView, start: int) -> bool:
    """An age stands right before the run: "a 39-year-old | ..." (one person is described)."""
    return start >= 5 and view.lower[start - 4:start] == ["-", "year", "-", "old"] and view.words[start - 5].isdigit()


def _age_after(view: DocView, end: int) -> bool:
    """An age set off by commas right after the run: "Malaysian Tan Ah Kow | , 41," (one person)."""
    after = view.words[end:end + 3]
    return len(after) == 3 and after[0] == "," and after[1].isdigit() and 14 <= int(after[1]) <= 99 \
        and after[2] in {",", ".", ")"}


def _posted_to(view: DocView, start: int) -> bool:
    """The run follows "<role> to": the country that opens it is the posting ("Ambassador to")."""
    return start >= 2 and view.lower[start - 1] == "to" and view.label_at(start - 2) == "ROLE"


def _title_word(view: DocView, k: int) -> bool:
    """A word that may stand in a title before its role word: "UN", "Thai", "High", "Deputy",
    "Finance" ("Deputy Finance Minister")."""
    return view.words[k].isupper() or view.label_at(k) in {"NORP", "COUNTRY", "AGENCY", "ORG"} \
        or view.lower[k] in gz.heads() or view.lower[k] in TITLE_MODIFIERS or view.lower[k] in PORTFOLIO_WORDS


def _inside_a_longer_agency(view: DocView, run: Run) -> Decision:
    """The gazetteer's name is longer ("Foreign, Commonwealth and Development Office"), or a
    country's formal name holds the whole run ("the Republic of the | Union of Myanmar")."""
    if run.inner and any(e.label_ == "AGENCY" and (e.start < run.start or e.end > run.end) for e in run.inner.values()):
        return None
    if any(e.label_ == "COUNTRY" and e.start < run.start and e.end >= run.end for e in run.inner.values()):
        return None
    return GO_ON


#: Nouns after a body's name that make it a criminal one
_GANG_NOUNS = frozenset({"triad", "triads", "gang", "gangs", "syndicate", "mafia", "cartel"})


def _headed(view: DocView, run: Run) -> Decision:
    """A head word names a body; a state word makes an organization head an agency's unit
    ("Criminal Investigation and Detection Group"), and an army that names no country is an
    armed group, not a state's military."""
    head = head_class(view, run.start, run.end)
    if head is None:
        return GO_ON
    label, kind = head
    words = gz.agency_words()
    state = next((words[view.lower[k]] for k in range(run.start, run.end) if view.lower[k] in words), "")
    if label == "ORG" and run.end < len(view.lower) and view.lower[run.end] in _GANG_NOUNS:
        kind = "criminal group"  # "the Golden Lotus Society triad", "the Bamboo Union gang": no charity
    elif label == "ORG" and state and kind in {"company", "ngo"}:
        label, kind = "AGENCY", state
    elif label == "ORG" and kind == "ngo" and view.lower[run.end - 1] in _MOVEMENT_HEADS and run.end - run.start >= 3 \
            and not _STRUGGLE_WORDS.isdisjoint(view.lower[run.start + 1:run.end - 1]):
        kind = "armed group"  # "Karen National Union", "Kachin Independence Organisation": an ethnic armed movement
    elif label == "AGENCY" and view.lower[run.end - 1] == "army" \
            and not any(view.label_at(k) in {"NORP", "COUNTRY"} for k in range(run.start, run.end)):
        label, kind = "ORG", "armed group"  # "Karen National Army", "Arakan Army": no state's army
    elif label == "AGENCY" and view.words[run.start] in NEWS_WIRES and view.lower[run.end - 1] == "agency":
        label, kind = "ORG", "media"  # "Anadolu Agency": a wire service named after its founder word, no state body
    return view.make(run.start, run.end, label, f"|{kind}|")


#: Last words of an ethnic armed movement's name, and the words of its struggle before them ("Karen
#: National Union", "Kachin Independence Organisation"; a people's name opens it, so a "National
#: Union of Journalists" is none)
_MOVEMENT_HEADS = frozenset({"union", "organisation", "organization", "front"})
_STRUGGLE_WORDS = frozenset({"national", "independence", "liberation", "revolutionary"})


def _given_name_gang(view: DocView, run: Run) -> Decision:
    """"Li Gang", "Chen Hong Gang": a Chinese family name, then one or two syllables of which the
    last is "Gang" (a common given name), is a person, not a criminal group named by its head word."""
    start, end = run.start, run.end
    if not 2 <= end - start <= 3 or view.words[end - 1] != "Gang" or view.words[start] not in gz.surnames() \
            or not all(view.words[k].isalpha() and view.words[k].istitle() for k in range(start, end)) \
            or start > 0 and view.lower[start - 1] in _DETERMINERS:
        return GO_ON  # ("the Sun Gang": a group named so)
    return view.make(start, end, "PERSON", "")


_STAGES: tuple[Callable[[DocView, Run], Decision], ...] = (
    _body_of_a_place, _landmark, _named_already, _office_of_a_title, _titled, _inside_a_longer_agency, _given_name_gang,
    _headed, _speaker_named_like_a_site, _site,
    _holding_a_known_name, _unknown)

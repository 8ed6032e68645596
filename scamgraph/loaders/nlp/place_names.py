"""Places the gazetteer does not list, read from the words around a name: a place word after it
("Kong Pisei district", "the Tay Trang border gate"), a landmark head or prefix that makes a
place of its own ("Incheon International Airport", "Bokor Mountain", "Barangay La Mesa"), and
unknown names in a list that a plural place word closes or opens ("from Chitwan, Kaski and Palpa
districts", "states including Assam, Gujarat and Punjab").
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.runs import bracketed_count_end, coordinated_runs
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS, POSSESSIVE_S, REGION_WORDS

__all__ = ["kind_after", "kind_before", "landmark", "landmark_after", "listed_places", "world_region"]


def world_region(view: DocView, start: int, end: int) -> bool:
    """A name of a part of the world ("the Southeast Asian region", "Pacific Island states"): the
    annotation conventions make regions no Locations."""
    return not REGION_WORDS.isdisjoint(view.lower[start:end])


def kind_after(view: DocView, end: int, landmarks: bool = True) -> str:
    """The kind a lower-case place (or landmark) word after a name gives it: "Kong Pisei district",
    "the Tay Trang border gate", "Na Meo international border gate"."""
    if end >= len(view.words) or not view.words[end].islower():
        return ""
    two = " ".join(view.lower[end:end + 2])
    found = gz.place_kinds().get(view.lower[end])
    if landmarks and not found and view.lower[end] == "international" and end + 1 < len(view.words):
        end += 1  # "at Na Meo international border gate": the adjective, then the landmark's head
        two = " ".join(view.lower[end:end + 2])
    if landmarks and not found:
        found = gz.landmark_heads().get(two) or gz.landmark_heads().get(view.lower[end])
    return found or ""


def kind_before(view: DocView, start: int) -> tuple[str, str] | None:
    """The kind (and country) a lower-case local unit word before a name gives it: "in tambon
    Nong Prue" is a subdistrict, as "Tambon Nong Prue" is, not a person."""
    if start < 1 or not view.words[start - 1].islower():
        return None
    return gz.landmark_prefixes().get(view.words[start - 1].title())


def listed_places(view: DocView, undecided: list[tuple[int, int]]) -> list[Span]:
    """Unknown names in a list that a place word closes or opens: "from Chitwan, Kaski and
    Palpa districts", "various states, including Assam, Gujarat and Punjab", "the districts of
    Surquillo, San Isidro and Barranco"."""
    doc, found = view.doc, []
    known = {(e.start, e.end) for e in view.ents if e.label_ in {"PLACE", "COUNTRY"}}
    # a name the gazetteer knows keeps its kind, as does a run inside one ("Philippines" in "the Philippines")
    open_runs = set(undecided) - _inside_spans(undecided, known)
    # a run that holds a known place is no list of its own: "communes of Zorvan Province" names the
    # province Zorvan, not a commune called "Zorvan Province" (the run and the place inside it overlap)
    open_runs = {run for run in open_runs if (run[0], run[1] - 1) not in known
                 or view.lower[run[1] - 1] not in gz.place_kinds()}  # ("Cercado de Lima": a district's own name)
    people = {(e.start, e.end) for e in view.ents if e.label_ == "PERSON"}  # ("San Isidro": a given name's town)
    for group in coordinated_runs(view, sorted(open_runs | known | people)):
        if len(group) < 2:
            continue  # (most runs: a name alone, no list)
        first, last = group[0][0], group[-1][1]
        last = bracketed_count_end(view.lower, last)  # ("... and Sungai Emas (11) provinces")
        after = view.lower[last] if last < len(view.words) else ""
        lead = [view.lower[k] for k in range(max(0, first - 3), first) if view.words[k] != ","]
        kind = gz.place_kinds().get(after.rstrip("s")) if after.endswith("s") else None
        kind = kind or ("area" if after == "areas" else None)  # "residents of Alvora, Bentiga and Corrala areas"
        if kind is None and lead[-1:] in (["including"], ["of"]) and len(lead) >= 2 and lead[-2].endswith("s") \
                and lead[-2].rstrip("s") in gz.place_kinds():  # ("states including A, B", "the districts of A, B and C")
            kind = gz.place_kinds()[lead[-2].rstrip("s")]
        if kind:  # (a place word closing or opening the list says what each name is, a person's name too)
            found += [view.make(s, e, "PLACE", f"{doc[s:e].text}|{kind}|") for s, e in group
                      if (s, e) in open_runs or (s, e) in people]
            continue
        group = [run for run in group if run not in people]  # (a person listed beside a town stays one)
        if lead[-1:] and lead[-1] in _LOCATIVE and (any(member in known for member in group) or _raided_in(view, first)):
            # "took place in Odesa and Chernivtsi": a one-word name listed with a known place after "in";
            # "raids in Velmora and Tarsk": the places of a raid, none of them known
            found += [view.make(s, e, "PLACE", f"{doc[s:e].text}||") for s, e in group
                      if (s, e) in open_runs and e - s == 1 and view.words[s].istitle()
                      and view.words[s] not in gz.surnames() and view.lower[s] not in _NO_TOWNS
                      and view.lower[s] not in gz.forms_table("demonyms.tsv")
                      and view.lower[s] not in gz.heads()  # ("an Embassy in Velmor and Consulate in Dastra": a body)
                      and not _gapped_subject(view, first, e, known)]
    return found


#: The verbs of being that open a passive act told of a person: "Kasem | was | arrested in ..."
_BEING = frozenset({"was", "were"})


def _gapped_subject(view: DocView, first: int, end: int, known: set[tuple[int, int]]) -> bool:
    """A name listed after a person's passive act "in" a place, with its own "in" and a known
    place after it, is a second person whose verb is left out, not a town: "Kasem was arrested in
    Trang and Boonmee in Krabi" tells Boonmee was arrested in Krabi. The person is named, a
    pronoun, or a word of a person's name told elsewhere in the text ("Kasem" of "Kasem Daruni").
    (A list of towns shares one "in": "raids in Trang and Tamsa in Krabi" has no person before its
    verb and keeps Tamsa.)"""
    if end + 1 >= len(view.words) or view.lower[end] != "in" or not any(s == end + 1 for s, _ in known):
        return False  # (most lists: no place of the member's own)
    k = first - 2  # the participle before "in": "was | arrested | in"
    if k < 2 or not view.lower[k].endswith("ed") or view.lower[k - 1] not in _BEING:
        return False
    subject = view.words[k - 2]
    return view.label_at(k - 2) == "PERSON" or view.lower[k - 2] in _HE_SHE or any(
        e.label_ == "PERSON" and subject in (e[0].text, e[-1].text) for e in view.ents)  # ("Ramil" of "Ramil Sorn")


#: Pronouns that stand for a person as the passive act's subject: "He was arrested in ..."
_HE_SHE = frozenset({"he", "she"})


#: Words of a raid told right before "in" and the places it went to: "raids in A and B", "the
#: operations were conducted in A and B"
_RAID_WORDS = frozenset({"raid", "raids", "operation", "operations", "searches", "conducted"})


def _raided_in(view: DocView, first: int) -> bool:
    """A list right after "raids in" or "conducted in": a raid's places, each a town or a
    neighbourhood, whether or not the gazetteer knows one of them (a list of the people raided
    would follow "on" or "against", not "in")."""
    return first >= 2 and view.lower[first - 1] == "in" and view.lower[first - 2] in _RAID_WORDS


def _inside_spans(runs: list[tuple[int, int]], spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The runs that lie inside one of the spans: a run [a, b) does when the spans begun at or
    before ``a`` reach ``b``, so one sorted pass and a bisection per run stand for a scan of every
    span per run."""
    ordered = sorted(spans)
    firsts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))  # the furthest end of the spans begun so far
    inside = set()
    for run in runs:
        k = bisect_right(firsts, run[0])
        if k and reach[k - 1] >= run[1]:
            inside.add(run)
    return inside


#: Prepositions of place before a list of places: "in Odesa and Chernivtsi", "near Ho and Akatsi"
_LOCATIVE = frozenset({"in", "near", "across", "between"})
#: Words listed with places that name none: parts of the world and the calendar ("in Thailand and Asia")
_NO_TOWNS = REGION_WORDS | CALENDAR_WORDS


def landmark(view: DocView, start: int, end: int, inner: dict[int, Span]) -> Span | None:
    """"Incheon International Airport", "Bokor Mountain", "Barangay La Mesa": one place of its
    own, not the town or province whose name it contains."""
    if not _may_be_landmark(view, start, end):
        return None  # (most runs: no landmark head at the end, no prefix inside)
    doc = view.doc
    cut = max((k for k in range(start, end - 1) if view.lower[k] in _HEADLINE_PREPOSITIONS), default=-1)
    if cut >= 0:  # a title-case headline: "Foreigners Flee Gang Across | Moei River"
        start, inner = cut + 1, {k: e for k, e in inner.items() if e.start > cut}
    if world_region(view, start, end):
        return None  # "Pacific Island countries": a part of the world, not a place of the story
    if end - start > 2 and view.lower[end - 1] in _NUMBER_SIGNS:
        end -= 1  # "Border Trade Bridge | No. 2": the number is read with the name after it
    end = _airport_before_terminal(view, start, end)
    last2 = " ".join(view.lower[max(start, end - 2):end])
    heads, prefixes = gz.landmark_heads(), gz.landmark_prefixes()
    kind = heads.get(last2) if end - start > 2 else None
    kind = kind or (heads.get(view.lower[end - 1]) if end - start > 1 else None)
    code = ""
    if kind is None and end - start > 1 and view.words[start] in prefixes:
        kind, code = prefixes[view.words[start]]
    if kind is None or any(e.label_ in {"AGENCY", "ORG", "PERSON", "SITE"} for e in inner.values()):
        return None
    code = code or next((e.id_.split("|")[-1] for e in inner.values() if e.label_ in {"PLACE", "COUNTRY"}), "")
    text = doc[start:end].text
    if not code and view.lower[end - 1] == "airport":  # "Ninoy Aquino International Airport": in the Philippines
        named = " ".join(view.lower[start:end - 1]).removesuffix(" international")
        code = gz.airports().get(named, "")
    elif not code and view.words[start].isupper():  # "NAIA Terminal 3": an airport's acronym before its terminal
        code = gz.airports().get(view.lower[start], "")
    return view.make(start, end, "PLACE", f"{text}|{kind}|{code}")


def _airport_before_terminal(view: DocView, start: int, end: int) -> int:
    """Where the landmark ends when an airport's full name runs on into one of its terminals
    ("Zorvan International Airport Terminal 2"): at the airport, the place a reader finds on a map,
    as "Zorvan International Airport (ZIA) Terminal 2" already reads (the bracket ends the name
    there); a terminal told by the acronym alone ("ZIA Terminal 2") has no other name and stays."""
    for k in range(start + 1, end - 1):
        if view.lower[k] == "airport" and view.lower[k + 1] == "terminal":
            return k + 1
    return end


def _may_be_landmark(view: DocView, start: int, end: int) -> bool:
    """Whether ``landmark`` can find a kind for the run: its last word (or the one before "No.")
    ends a landmark head, or a word inside it is a landmark prefix. A cheap screen before the
    headline cut, the region test and the head lookups, which every capitalized run went through."""
    ends = _head_last_words()
    last = view.lower[end - 1]
    if last in ends or last in _NUMBER_SIGNS and end - 2 >= start and view.lower[end - 2] in ends:
        return True
    return not gz.landmark_prefixes().keys().isdisjoint(view.words[start:end - 1])


@lru_cache(maxsize=1)
def _head_last_words() -> frozenset[str]:
    """The last word of every landmark head ("airport" of "international airport")."""
    return frozenset(head.split()[-1] for head in gz.landmark_heads() if head.split())


def landmark_after(view: DocView, start: int, end: int, inner: dict[int, Span]) -> Span | None:
    """A name the gazetteer does not know and the lower-case words of a crossing after it, as one
    place with its full written name: "the Ban Klong Luek checkpoint", or a crossing named for
    the two places it joins, "the Boten-Bohan border crossing", and a market named for its place
    ("the Rim Nam market"). A known town before such words stays the town ("Moc Bai border gate",
    "the Lowtown market") unless they name its airport or a terminal ("Mae Sot airport", "the
    Lowtown bus terminal"), and rivers and mountains stay unnamed features."""
    # ("at Na Meo international border gate": the adjective opens the crossing's words)
    adjective = int(end + 1 < len(view.words) and view.words[end] in _CROSSING_ADJECTIVES)
    k = end + adjective
    if k >= len(view.words) or not view.words[k].islower() or view.lower[k] not in _CROSSING_STARTS:
        return None  # (no lower-case word after the name opens a crossing's words: none is written there)
    found = next((w for w in (2, 1) if k + w <= len(view.words) and " ".join(view.lower[k:k + w]) in _CROSSINGS), 0)
    width = adjective + found if found else 0
    joined = "-" in view.words[start:end]
    # "Mae Sot airport", "the Lowtown bus terminal": the airport or the terminal, not the town
    flown = width and view.lower[end + width - 1] in {"airport", "terminal"}
    if not width or any(e.label_ not in {"PLACE", "COUNTRY"} for e in inner.values()) or (inner and not joined and not flown) \
            or not all(view.words[k].istitle() or view.words[k] == "-" for k in range(start, end)):
        return None
    code = next((e.id_.split("|")[-1] for e in inner.values() if e.label_ in {"PLACE", "COUNTRY"}), "")
    return view.make(start, end + width, "PLACE", f"{view.doc[start:end + width].text}|landmark|{code}")


#: Lower-case words of a built crossing or terminal after its name, or of a market named for its
#: place ("the Ban Klong Luek checkpoint", "the Lowtown bus terminal", "the Rim Nam market")
_CROSSINGS = frozenset({"checkpoint", "border checkpoint", "border crossing", "border gate", "airport",
                        "international airport", "port", "seaport", "bridge", "friendship bridge", "terminal",
                        "bus terminal", "market"})
#: Adjectives between the name and those words: "Na Meo international border gate", "the A-B
#: permanent border checkpoint"
_CROSSING_ADJECTIVES = frozenset({"international", "permanent"})
#: The first words of those
_CROSSING_STARTS = frozenset(words.split()[0] for words in _CROSSINGS)


#: Prepositions a title-case headline capitalizes: a landmark's name starts after them.
_HEADLINE_PREPOSITIONS = frozenset({"across", "from", "to", "into", "in", "at", "over", "near", "via", "through",
                                    "along", "on", "by", "after", "before", "towards", "toward", "onto"})
#: Words that introduce a landmark's number: "Bridge No. 2"
_NUMBER_SIGNS = frozenset({"no.", "no", "number"})


def towns_of_landmarks(view: DocView, undecided: list[tuple[int, int]]) -> list[Span]:
    """An unknown name after a landmark and "in" ("the Bandaranaike International Airport (BIA) in
    Katunayake", "the Friendship Bridge in Lotown") is the town the landmark stands in: one or two
    title-case words that end their phrase."""
    found = []
    ends = {e.end: e for e in view.ents if e.label_ == "PLACE" and e.id_.split("|")[1:2] == ["landmark"]}
    for start, end in undecided:
        if end - start > 2 or start < 2 or view.lower[start - 1] != "in" or not view.words[start].istitle() \
                or start in view.owner or view.lower[end - 1] in gz.place_kinds() \
                or end < len(view.words) and view.lower[end] in POSSESSIVE_S:
            continue  # (a name the gazetteer knows keeps its kind; "Aichi Prefecture", "East China's": other readers)
        k = start - 1
        if view.words[k - 1] == ")" and "(" in view.words[max(0, k - 5):k - 1]:
            k = max(j for j in range(max(0, k - 5), k - 1) if view.words[j] == "(")  # past "(BIA)"
        if k in ends and (end >= len(view.words) or not view.words[end][:1].isupper()):
            found.append(view.make(start, end, "PLACE", f"{view.doc[start:end].text}|town|"))
    return found

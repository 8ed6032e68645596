"""The stages of ``kinds.classify`` that read a capitalized run as a site: by a site's head word
after it or inside it ("the Jade Garden compound", "Golden Crane Park"), by a list that a plural
head closes, by a word that names it ("a casino named Golden 99"), and the speaker whose family
name is a site's head word ("Jason Tower said"), who is none. Apart from ``kinds`` because they
read sites only."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.kind_stages import _DETERMINERS, GO_ON, Decision, Run
from scamgraph.loaders.nlp.site_names import TOWN_WORDS, named_after_a_site_word, no_site_of_its_own
from scamgraph.loaders.nlp.vocabulary import SPEECH_VERBS


#: Site heads a name may follow ("Casino Kosai"), as it more often comes before them
_SITE_FIRST_HEADS = frozenset({"casino", "hotel", "resort"})


def _listed_before_plural_head(view: DocView, start: int, end: int) -> bool:
    """The run is one of a list of names that a plural site head closes ("the Lucky Star, Golden
    Lotus and Fu Gui compounds"): each name is a site of that kind."""
    listed = start > 0 and view.lower[start - 1] in {",", "and"}
    k = end
    while k + 1 < len(view.doc) and view.lower[k] in {",", "and"} and view.cap[k + 1]:
        listed = True
        k += 1
        while k < len(view.doc) and view.cap[k]:
            k += 1  # (the next name of the list)
    word = view.lower[k] if k < len(view.doc) else ""
    return listed and word.endswith("s") and word[:-1] in gz.site_heads()


def _site(view: DocView, run: Run) -> Decision:
    """A site as ``_site_by_its_words`` reads it, unless the words before it say it is none ("a
    so-called “Trade Zone”", "the upscale Lotus Court complex"): then no name at all."""
    made = _site_by_its_words(view, run)
    return None if isinstance(made, Span) and no_site_of_its_own(view, run.start, made.end) else made


def _site_by_its_words(view: DocView, run: Run) -> Decision:
    """"the Jade Garden compound" (a site head after the name), "Golden Crane Park" (inside it);
    "the KK Park compound" is KK Park (a park's name takes no second head)."""
    start, end = run.start, run.end
    if named_after_a_site_word(view, start, end) and run.whole is None:
        numbered = end < len(view.doc) and view.words[end].isdigit() and end not in view.owner  # ("Lucky | 88")
        return view.make(start, end + numbered, "SITE", "")  # "a casino named Golden 99", "a compound known as Jade Harbour"
    if end + 1 < len(view.doc) and view.lower[end] in _TRADE_WORDS \
            and (view.lower[end + 1] in gz.site_heads() or view.lower[end + 1] in _TRADE_HEADS) \
            and run.whole is None and view.cap[end - 1] and not any(view.label_at(k) for k in range(start, end)):
        return view.make(start, end, "SITE", "")  # "the Jade Gate scam hub": the hub's own name
    if run.whole is None and _listed_before_plural_head(view, start, end):
        return view.make(start, end, "SITE", "")  # "the Lucky Star, Golden Lotus and Fu Gui compounds": three sites
    if end - start >= 2 and view.lower[start] in _SITE_FIRST_HEADS and not view.starts[start]:
        return view.make(start, end, "SITE", "")  # "Casino Kosai", "Hotel Lotus": a site named head first
    if end < len(view.doc) and view.lower[end] in gz.site_heads() and run.whole is None and view.cap[end - 1] \
            and not all(view.label_at(k) in {"PLACE", "COUNTRY", "NORP"} for k in range(start, end)) \
            and not _town_called_city(view, end) and not _head_of_a_town(view, end):
        if all(view.lower[k] in _TRADE_NAMES for k in range(start, end)):
            return None  # "a Pogo complex": the trade's short name says what the complex is, it names none
        return view.make(start, end if _own_head(view, start, end) else end + 1, "SITE", "")
    if (view.lower[end - 1] in gz.site_heads() or " ".join(view.lower[end - 2:end]) in gz.site_heads()) \
            and end - start > 1 and view.cap[end - 1]:  # (two-word heads: "Immigration Detention Centre")
        town = run.inner.get(start)
        if view.lower[end - 1] == "city" and town is not None and town.label_ == "PLACE" and town.end == end - 1:
            canonical, kind, code = (town.id_.split("|") + ["", "", ""])[:3]  # "Pattaya City": the town, no site
            # ("Preah Sihanouk City", not the province; "Incheon City": the city that is a province of its own)
            name = canonical if kind == "city" or canonical in gz.city_names() else view.doc[start:end].text
            return view.make(start, end, "PLACE", f"{name}|city|{code}")
        if _town_called_city(view, end - 1):
            return GO_ON
        return view.make(start, end, "SITE", "")
    return GO_ON


#: Nouns of people who study or speak about scams, in an apposition after their name
_EXPERTS = frozenset({"expert", "analyst", "researcher", "fellow", "scholar", "academic", "professor"})
#: Prepositions of being at a place: a name after one is the place's ("workers at Golden Tower said")
_AT_A_PLACE = frozenset({"at", "in", "inside", "from", "near", "to", "of", "into"})


def _speaker_named_like_a_site(view: DocView, run: Run) -> Decision:
    """"Jason Tower, a researcher at ...", "said Lena Park": a given name and a family name that is
    also a site's head word, told as a person who speaks or is described, is that person (a
    compound never "said" anything, and one is "the X Tower")."""
    start, end = run.start, run.end
    if end - start != 2 or run.inner or view.lower[end - 1] not in gz.site_heads() \
            or not all(view.words[k].isalpha() and view.words[k].istitle() for k in range(start, end)) \
            or start > 0 and view.lower[start - 1] in _DETERMINERS:
        return GO_ON
    if start > 0 and view.lower[start - 1] in _AT_A_PLACE:
        return GO_ON  # "workers at Golden Tower said": a place the people were at
    after = view.lower[end:end + 2]
    speaks = bool(after) and after[0] in SPEECH_VERBS or start > 0 and view.lower[start - 1] in SPEECH_VERBS
    described = after[:1] == [","] and len(after) > 1 and after[1] not in {"its", "their", "whose"} and (
        after[1] == "who" or any(view.label_at(k) == "ROLE" or view.lower[k] in _EXPERTS
                                 for k in range(end + 1, min(len(view.lower), end + 5))))
    return view.make(start, end, "PERSON", "") if speaks or described else GO_ON


#: Words of the trade a site's head word may follow ("scam hub", "fraud compound", "online casino")
_TRADE_WORDS = frozenset({"scam", "fraud", "scamming", "online", "cyberscam", "gambling"})
#: Heads of such places that name no site alone ("hub", "centre": a scam hub, a scam centre)
_TRADE_HEADS = frozenset({"hub", "centre", "center", "den", "base"})


#: Short names of a trade written capitalized before a site's word ("a Pogo complex"): no site's name
_TRADE_NAMES = frozenset({"pogo", "pogos"})
#: Heads that end a site's own name, after which a word for the building is no part of it
_OWN_HEADS = _SITE_FIRST_HEADS | {"plaza", "tower", "towers"}
#: Words for the building or grounds of a site already named
_CONTAINERS = frozenset({"building", "compound", "complex"})


def _own_head(view: DocView, start: int, end: int) -> bool:
    """The name before the site's word at ``end`` ends on a head of its own: "the KK Park compound"
    is KK Park, "the Lotus Casino building" the Lotus Casino (a park, a casino, a hotel named
    already takes no second head, the building is the named place itself)."""
    if end - start < 2:
        return False
    return view.lower[end - 1] == "park" or view.lower[end - 1] in _OWN_HEADS and view.lower[end] in _CONTAINERS


def _head_of_a_town(view: DocView, head: int) -> bool:
    """"the Wren River casino town": the site's word describes a town ("a casino town", "a resort
    city"), and the name before it is the river's or the region's, not a site's."""
    return head + 1 < len(view.doc) and view.lower[head + 1] in TOWN_WORDS


def _town_called_city(view: DocView, head: int) -> bool:
    """"Parañaque City", "Pattaya City", "Bokor City": "City" after a name is the town's own word;
    a scam project is a "New City" ("Shwe Kokko New City", "Asia Pacific New City")."""
    return view.lower[head] == "city" and view.lower[head - 1] != "new"


def _site_follows(view: DocView, end: int) -> bool:
    """A site head word right after the run: "the Jin Bei | compound"."""
    return end < len(view.doc) and view.lower[end] in gz.site_heads()

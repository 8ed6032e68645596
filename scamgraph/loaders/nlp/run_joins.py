"""Where a body's name goes on over "and", a comma or "of", and where a run ends before them:
a ministry's list of portfolios ("Ministry of Social Affairs, Veterans and Youth
Rehabilitation"), a second field after "and" ("Department of Immigration and Emigration"), two
bodies joined by "and" ("Ranong Police and Ranong Provincial Office"), a person of a body ("Dara
P. Venn of Ostrava Technical University"), a known place or a court's district before "of".

Split from ``runs`` (which says where runs begin and end, and asks these) to keep each module small.
"""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.run_heads import experts_seat, has_head, head_ends
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS


def _known_place_ends(view: DocView, j: int) -> bool:
    """A place the gazetteer knows by a name of two words or more ends right before "of": "the Wa
    Self-Administered Division | of Myanmar" is a region, then the country it lies in, though its
    last word heads bodies' names too ("Division of Immigration")."""
    place = view.owner.get(j - 1)
    return place is not None and place.label_ == "PLACE" and place.end == j and len(place) >= 2


def _court_district(view: DocView, j: int) -> bool:
    """"the (Eastern) District | of New York", "the District | of Columbia": a court's district, one
    name with the state after "of" (not "Kyain Seikgyi Township of Karen State")."""
    k = j - 2 - (view.lower[j - 2] in _COURT_BEARINGS)
    return view.lower[j - 1] == "district" and k >= 0 and view.lower[k] == "the"


#: Words of a court district's part of its state: "the Central District of California"
_COURT_BEARINGS = frozenset({"northern", "southern", "eastern", "western", "central", "middle"})


def _person_of_a_body(view: DocView, i: int, j: int) -> bool:
    """The words [i, j) before "of" are a person's name and a body's name follows, ending in its
    head word ("John Reyes of Mahidol University", "Dara P. Venn of Ostrava Technical University"):
    two to four title-case words or initials that hold no head word and no known name but a
    town's (surnames are towns' names too), one of them an initial or a known family name, or
    the body after "of" a university or an institute."""
    words = view.words[i:j]
    if not 2 <= j - i <= 4 or has_head(view, i, j) or any(view.label_at(k) not in {"", "PLACE"} for k in range(i, j)) \
            or not all(w.istitle() or _initial(w) for w in words) or not head_ends(view, j + 1):
        return False
    return any(_initial(w) for w in words[1:]) or any(w in gz.surnames() for w in words) or experts_seat(view, j + 1)


def _initial(word: str) -> bool:
    """A middle initial: "S.", "R."."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _portfolios_follow(view: DocView, i: int, j: int) -> bool:
    """A ministry's name that lists its portfolios goes on over the comma at ``j``: "Ministry of
    Social Affairs, Veterans and Youth Rehabilitation". What follows is capitalized words, commas
    and one "and" up to a word in lower case, and none of them a head word (another body) or a
    place, a country or a people (a list of bodies or places, not of portfolios)."""
    if not any(view.lower[k] in _PORTFOLIO_HEADS and view.lower[k + 1] in {"of", "for"} for k in range(i, j - 1)):
        return False
    n = len(view.doc)
    if j + 1 >= n or not (view.cap[j + 1] or "," in view.words[i:j]):
        return False  # (", and Tourism" only as the serial comma of a list begun already)
    heads, k, joined, last = gz.heads(), j + 1, False, j
    while k < min(n, j + 10) and not view.starts[k]:
        if view.cap[k]:
            if view.lower[k] in heads or view.label_at(k) in _NOT_PORTFOLIOS:
                return False
            last = k
        elif view.lower[k] == "and" and k + 1 < n and view.cap[k + 1]:
            joined = True
        elif view.words[k] != ",":
            break
        k += 1
    return joined and last > j


#: Head words of a body whose name may list several portfolios
_PORTFOLIO_HEADS = frozenset({"ministry", "department"})
#: Names in a list after a ministry's that make it a list of other things: places, peoples, bodies, titles
_NOT_PORTFOLIOS = frozenset({"PLACE", "COUNTRY", "NORP", "AGENCY", "ROLE", "PERSON"})


def _head_then_complement(view: DocView, i: int, j: int) -> bool:
    """A head word in [i, j) that "of", "for", "on", "to" or "against" follows later in the run, which
    does not end in a head: the
    body's name goes on past its head and may take "and" ("Ministry of Labour | and Vocational
    Training"). A head followed by capitalized words alone ("Royal Thai Armed Forces | General
    Ukrist Bhontanun") is a body, then a rank and a name, which end before "and"."""
    heads = gz.heads()
    first = next((k for k in range(i, j) if view.lower[k] in heads), None)
    return first is not None and view.lower[j - 1] not in heads and not _COMPLEMENTS.isdisjoint(view.lower[first + 1:j])


#: Words that open the complement of a body's head word
_COMPLEMENTS = frozenset({"of", "for", "on", "against", "to", "de", "del"})


def _two_bodies(view: DocView, i: int, j: int) -> bool:
    """Before "and" a name ends in its own head word with no "of" in it ("Mae Sot Police"), and
    after it another name does too: two bodies. "Department of Immigration and Emigration" (the
    head came before "of"), "Immigration and Foreigners Management Police" (a lone word before
    "and") and "Amusement and Gaming Corporation" (no head before) are one; a body whose name
    opens with a people's name after "and" is another one."""
    heads = gz.heads()
    if view.label_at(j + 1) in {"NORP", "COUNTRY"} and has_head(view, i, j) and head_ends(view, j + 1):
        return True  # "Ministry of Foreign Affairs | and Chinese Embassy": a people's name opens another body
    known = view.owner.get(i)
    if known is not None and known.label_ in {"AGENCY", "ORG"} and (known.start, known.end) == (i, j):
        return True  # "UNODC | and Amnesty International": a known body is whole before "and"
    after = view.owner.get(j + 1)
    if after is not None and after.label_ in {"AGENCY", "ORG"} and after.start == j + 1 and has_head(view, i, j):
        return True  # "the Government of Laos | and IOM": a known body opens after "and"
    if j - i == 1 and view.lower[i] in _MISSIONS and head_ends(view, j + 1):
        return True  # "the Consulate | and Foreign Affairs Ministry": a mission is a body, never a field
    ends_in_head = view.lower[j - 1] in heads or j - i >= 3 and " ".join(view.lower[j - 2:j]) in heads
    return j - i >= 2 and ends_in_head and "of" not in view.lower[i:j] and head_ends(view, j + 1) \
        and not _paired_field(view, j)  # ("Busan Police Station | and Suwon Police Station": a two-word head)


#: Diplomatic missions: a lone one before "and" is a body of its own, not a field of the next name
_MISSIONS = frozenset({"consulate", "consulates", "embassy", "embassies", "consulate-general"})


def _field_goes_on(view: DocView, i: int, j: int) -> bool:
    """A body named by its head and a field that is itself a head word ("Department of
    Immigration") takes a second field after "and" ("... and Emigration", "... and Population"):
    one or two capitalized words up to a lower-case word or a mark, none of them a head word, a
    name of any kind or a day ("... and Manila police" is another body)."""
    if not any(view.lower[k] in _PORTFOLIO_HEADS | {"bureau"} and view.lower[k + 1] == "of" for k in range(i, j - 1)):
        return False
    n, k = len(view.doc), j + 1
    while k < n and k - j <= 3 and view.cap[k] and not view.starts[k]:
        if view.lower[k] in gz.heads() or k in view.owner or view.lower[k] in CALENDAR_WORDS:
            return False
        k += 1
    return 1 <= k - j - 1 <= 2 and (k >= n or not view.cap[k] or view.starts[k])


def _paired_field(view: DocView, j: int) -> bool:
    """A head word that names a field ("Immigration", "Administration") before the "and" at ``j``,
    and one more field word and the body's head after it: "District Immigration and Population
    Department", "District Administration and Management Committee" are one body, whose head may
    be followed by its officer's name ("... Department Min Thu Aung")."""
    n, k = len(view.doc), j + 1
    if view.lower[j - 1] not in _FIELD_HEADS or k + 1 >= n or view.lower[k] in gz.heads() or k in view.owner:
        return False
    return view.cap[k] and view.cap[k + 1] and not view.starts[k + 1] and view.lower[k + 1] in _UNIT_HEADS


#: Head words that also name a body's field, so that a second field may follow them after "and"
_FIELD_HEADS = frozenset({"immigration", "administration"})
#: Head words that end the name of a unit of government
_UNIT_HEADS = frozenset({"department", "committee", "office", "bureau", "division", "board", "council"})


def _titled_person_after(view: DocView, j: int) -> bool:
    """After the "and" at ``j`` a person opens with a courtesy title or a rank ("Mr", "Colonel",
    "Police Colonel", "Pol Lt-Col") and a capitalized word: a second person of a list of guests,
    never a field of the body named before ("... Department of Public Security of Zorvania |
    and Police Colonel Arun Dee of the Harbour Immigration Office")."""
    n, k = len(view.doc), j + 1
    if k + 1 < n and view.lower[k] in _FORCE_WORDS and view.lower[k + 1] in _RANKS:
        k += 1  # ("Police Colonel", "Pol Col": the force's word before the rank)
    return k + 1 < n and view.lower[k] in _COURTESIES | _RANKS and view.cap[k + 1] and not view.starts[k + 1] \
        and view.lower[k + 1] not in gz.heads()


#: Courtesy titles that open a person's name
_COURTESIES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "madam", "mister"})
#: Ranks that open a person's name (not "General" or "Major", which open bodies' fields too)
_RANKS = frozenset({"colonel", "lieutenant", "brigadier", "captain", "sergeant", "col", "col.", "lt", "lt.", "capt",
                    "capt.", "maj-gen", "lt-gen", "lt-col", "brig-gen", "maj-general", "lt-general", "lt-colonel",
                    "brig-general"})
#: A force's word written before a rank
_FORCE_WORDS = frozenset({"police", "pol", "pol."})


def _lone_police(view: DocView, i: int, j: int) -> bool:
    """"Police" alone after "and", a name of two words or more before it: the country's police
    beside another body ("Immigration Services | and Police", "its Ministry of Foreign Affairs |
    and Police"), no field of that body's name. A ministry of a single field may take the police
    as its second one ("Ministry of Justice and Police"), and a lone word before "and" is left as
    it was read ("Customs and Police" may be one body's name)."""
    n = len(view.doc)
    if j + 1 >= n or view.lower[j + 1] != "police" or j - i < 2 or view.lower[j - 2] in {"of", "for"}:
        return False
    return j + 2 >= n or not view.cap[j + 2] or view.starts[j + 2]


def second_site_head(view: DocView, i: int, j: int) -> bool:
    """"the Jin Bei Hotel | and Casino", "the Starlight Hotel | & Resort": a site's head word, then a
    second one that closes the name, is one place of two trades under one name (not "the Lotus
    Casino and Hotel Rose", a second site named head first, nor "KK Park and Shwe Kokko"); the name
    has a word of its own before the first head (not "the Hotel and Casino", two kinds, no name)."""
    n = len(view.doc)
    return j - 1 > i and view.lower[j] in {"and", "&"} and j + 1 < n and view.cap[j + 1] and view.words[j - 1].istitle() \
        and view.lower[j - 1] in _TRADE_SITES and view.lower[j + 1] in _TRADE_SITES \
        and (j + 2 >= n or not view.cap[j + 2])


#: Site heads a name joins in pairs ("Hotel and Casino", "Casino & Resort")
_TRADE_SITES = frozenset({"hotel", "casino", "resort", "spa", "entertainment", "club"})

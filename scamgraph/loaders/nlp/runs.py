"""Capitalized runs: the stretches of text that may be a name.

A run is a sequence of capitalized words in one sentence, carried across the small words that
proper names contain ("Ministry of Labour and Vocational Training", "People's Court", "Committee
to Combat Online Scams", "the Jin Bei 4 casino") and trimmed of the sentence openers, honorifics
and connectors at its edges. Whether a run is a person, an agency, an organization, a site or a
place is decided afterwards (``kinds``); this module only says where runs begin and end.
Whether a run holds or ends in a head word is asked of ``run_heads``, and whether a body's name
goes on over "and", a comma or "of" of ``run_joins``.
"""

from __future__ import annotations

from collections.abc import Iterable

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.run_heads import _site_ends, agency_start, has_head, head_ends
from scamgraph.loaders.nlp.run_joins import (
    _MISSIONS,
    _court_district,
    _field_goes_on,
    _head_then_complement,
    _known_place_ends,
    _lone_police,
    _paired_field,
    _person_of_a_body,
    _portfolios_follow,
    _titled_person_after,
    _two_bodies,
    second_site_head,
)
from scamgraph.loaders.nlp.vocabulary import (
    CALENDAR_WORDS,
    CONNECTORS,
    HONORIFICS,
    honorific_at,
    MANDATE_VERBS,
    NAME_PARTICLES,
    POSSESSIVE_MARKS,
    POSSESSIVE_NAMES,
    SECOND_PARTICLES,
    STARTERS,
)
from scamgraph.loaders.numbers import number_value

__all__ = ["bracketed_count_end", "capitalized_runs", "coordinated_runs", "names_a_country", "titled_name"]


def capitalized_runs(view: DocView) -> Iterable[tuple[int, int]]:
    """(start, end) of every capitalized run, trimmed; a gazetteer scam or abuse phrase opens
    no run unless a head word follows it ("Human Trafficking Crime Bureau" is a body)."""
    after = 0  # where the run read last ended
    for i in [k for k, cap in enumerate(view.cap) if cap]:  # (a run opens with a capitalized word)
        if i < after or (i in view.owner and view.owner[i].label_ in {"SCAM", "ABUSE"} and not head_ends(view, i)):
            continue
        j = _run_end(view, i)
        start, end = _trimmed(view, i, j)
        if end > start and not _cut_off(view, start, end):
            yield start, end
        after = j


#: What opens a credit line, which ends a page with a name and no mark
_CREDIT_MARKS = frozenset({":", "\u2014", "\u2013", "-", "|", "/", "by", "of", "from", "via", "courtesy", "(", "source"})


def _cut_off(view: DocView, start: int, end: int) -> bool:
    """A body's name the text breaks off in ("... the ministry, the Department of Cons" as the
    last words of a page cut short): nothing but spaces follows its last word, which no mark
    closes, and it is a body's name still running (a head word and a small word inside, or a
    sentence of prose before it), so its last word may be only the front of one. A credit line
    ("Source: Ministry of Labour") is no prose, and a person's name has no head word."""
    n = len(view.doc)
    if any(not view.words[k].isspace() for k in range(end, n)) or not view.words[end - 1].isalnum() \
            or not has_head(view, start, end):
        return False
    before = start - 1 - (start > 1 and view.lower[start - 1] == "the")
    if before >= 0 and view.lower[before] in _CREDIT_MARKS:
        return False  # "Source: Ministry of Labour", "Issued by the Secretariat of the Board"
    inside = any(view.words[k].islower() for k in range(start + 1, end - 1))
    opening = max(k for k in range(start + 1) if view.starts[k] or k == 0)
    return inside or sum(view.words[k].isalpha() and view.words[k].islower() for k in range(opening, start)) >= 3


#: Marks that end a sentence or a quote after a day: "told AFP Saturday." (not a comma: "Pastor Monday, 31,"
#: is a name and an age)
_CLAUSE_ENDS = frozenset({".", ";", "!", "?", "\u201d", '"'})


def _run_end(view: DocView, i: int) -> int:
    """Where the run that starts at ``i`` ends: it goes on over capitalized words and the small
    words proper names contain, and always stops at a sentence start."""
    j, n = i + 1, len(view.doc)
    while j < n and not view.starts[j]:
        step = _step(view, i, j)
        if not step:
            break
        j += step
    return j


#: Participles that make "<name>-<participle>" an adjective before another name: "a Hong
#: Kong-based | Dok Ngiew Kham Group", "the Chinese-run | Kings Romans casino".
_COMPOUND_PARTICIPLES = frozenset({"based", "owned", "run", "led", "backed", "linked", "affiliated", "controlled",
                                   "registered", "flagged", "made", "funded", "born", "operated", "allied",
                                   # "the OFAC-designated | Karen National Army", "a Shanghai-bound |
                                   # Philippine Airlines flight", "the US-sanctioned | Prince Group"
                                   "designated", "sanctioned", "bound", "aligned", "sponsored", "protected",
                                   "headquartered"})


#: Day names: a day right after a name and before a word of the clause is the day the clause
#: tells, not the name's last word ("The Sunday Times" has one inside; West African given names
#: include days, so a day before a comma or "and" stays in the run).
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


#: Quote marks around a nickname inside a name
_OPENING_QUOTES = frozenset({'"', "\u201c"})
_CLOSING_QUOTES = frozenset({'"', "\u201d"})
#: Suffixes a person's name may carry after a comma
_NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr"})


def _joins(view: DocView, j: int) -> bool:
    """A hyphen, or an en dash after a country's or a people's name ("Myanmar–Thailand Friendship
    Bridge"), joins two words of one name; an en dash between two bodies' names keeps them two."""
    return view.words[j] == "-" or view.words[j] == "\u2013" and view.label_at(j - 1) in {"COUNTRY", "NORP"}


def _possessive_in_a_name(view: DocView, j: int) -> bool:
    """The possessive mark at ``j`` (after a word such as "people" or "workers") stays inside a
    body's name. "'s" and a plain apostrophe always have; a typographer's bare apostrophe ("the
    Hillside Workers’ Union") and "Peoples" only after a plural and before a body's head word,
    since a misprint ("the Prosecutor’ Office") or a chamber ("House of Peoples’ Representatives")
    makes no body of its own."""
    word, before = view.words[j], view.lower[j - 1]
    if word in {"'s", "’s"} or word == "'" and before != "peoples":
        return True
    return before.endswith("s") and view.lower[j + 1] in gz.heads()


def _step(view: DocView, i: int, j: int) -> int:
    """How many tokens from ``j`` the run (begun at ``i``) takes in, 0 when it ends before ``j``."""
    n, word, lower, cap = len(view.doc), view.words[j], view.lower[j], view.cap
    if word == "," and _portfolios_follow(view, i, j):
        return 1  # "Ministry of Foreign Affairs, Foreign Employment and Tourism"
    if word == "," and j + 1 < n and view.lower[j + 1] in _NAME_SUFFIXES:
        return 1  # "Ferdinand R. Marcos, Jr.": the suffix after the comma is the name's
    if word in _OPENING_QUOTES and j + 3 < n and cap[j + 1] and view.words[j + 2] in _CLOSING_QUOTES and cap[j + 3] \
            and not view.spaces[j] and not view.spaces[j + 1]:
        return 3  # 'Ernesto "Boyet" Salcedo': a nickname in quotes inside the name
    if lower in _WEEKDAYS and j > i and (j + 1 >= n or view.words[j + 1] in _CLAUSE_ENDS or view.words[j + 1].isalpha()
                                         and view.words[j + 1].islower() and view.lower[j + 1] not in {"and", "or"}):
        return 0  # "told AFP | Tuesday that ...", "told AFP | Saturday.", "arrived at X Airport | Thursday night": the day
    # opens an adverbial before a clause word ("Apostle Sunday, 27" and "Sunday and" may be a name)
    if lower in _WEEKDAYS and j > i and i > 0 and view.lower[i - 1] in {"in", "at"} and view.words[j + 1:j + 2] == [","]:
        return 0  # "a briefing in Camp Aguinaldo | Thursday, ...": a place, then the day (no one is "in" a person)
    if cap[j] or (_joins(view, j) and not view.spaces[j - 1] and j + 1 < n and view.words[j + 1].isalpha()
                  and not view.spaces[j] and view.words[j + 1] not in _COMPOUND_PARTICIPLES):
        return 2 if word in {"-", "\u2013"} else 1
    if lower in NAME_PARTICLES and cap[j - 1] and view.words[j - 1].istitle():
        return _particles(view, j)  # "Eduardo A. de Vega", "Ramon de la Cruz": one person's name
    if word in POSSESSIVE_MARKS and view.lower[j - 1] in POSSESSIVE_NAMES and j + 1 < n and cap[j + 1] \
            and _possessive_in_a_name(view, j):
        return 1  # "People's Court", "Prosecutors' Office", "Workers’ Union" (a typographer's apostrophe)
    if lower in {"of", "for"} and j + 2 < n and view.lower[j + 1] == "the" and cap[j + 2] \
            and (has_head(view, i, j) or " ".join(view.lower[j - 2:j]) in gz.heads()) and not titled_name(view, i, j):
        return 2  # "Secretariat of the Commission"
    if second_site_head(view, i, j):
        return 1  # "the Jin Bei Hotel and Casino": one site of two trades
    if lower == "in" and j + 1 < n and view.lower[j - 1] == "trafficking" and view.lower[j + 1] == "persons":
        return 1  # "Bureau for the Fight against Trafficking in Persons": the law's fixed phrase
    if lower == "to" and j + 1 < n and view.lower[j + 1] in MANDATE_VERBS and has_head(view, i, j):
        return 1  # "Committee to Combat Online Scams": a body named for its task
    if lower == "on" and view.owner.get(i) is not None and view.owner[i].label_ in {"PLACE", "COUNTRY"} \
            and (view.owner[i].start, view.owner[i].end) == (i, j):
        return 0  # "flown to Kathmandu | on Nepal Airlines flight RA402": a place is whole before "on"
    if lower == "on" and j + 1 < n and cap[j + 1] and not has_head(view, i, j) and all(cap[i:j]) \
            and j + 2 < n and view.words[j + 2] in {"'s", "’s", ".", ","}:
        return 0  # "a report by Juan Mamani | on XTV's night bulletin": a person, then the outlet they spoke on
    if lower == "on" and j - i >= 2 and view.lower[j - 1] in gz.site_heads() and view.words[j - 1].istitle():
        return 0  # "Marbel Towers | on Kestrel road": a building, then the street it stands on
    if lower == "of" and j + 1 < n and cap[j + 1] and _person_of_a_body(view, i, j):
        return 0  # "Dara P. Venn | of Ostrava Technical University": a person, then where they work
    if lower in CONNECTORS and j + 1 < n and cap[j + 1] and lower != "and" \
            and (lower != "the" or view.lower[j - 1] in CONNECTORS) \
            and view.lower[j + 1] not in CALENDAR_WORDS and not titled_name(view, i, j) \
            and not (lower == "of" and j - i >= 2 and view.lower[j - 1] in _DIVISIONS and not _court_district(view, j)) \
            and not (lower == "of" and _known_place_ends(view, j)):
        return 1  # (but "Kyain Seikgyi Township | of | Karen State": a division, then the one it lies in)
    if word.isdigit() and j + 1 < n and (cap[j + 1] and (head_ends(view, j + 1) or _site_ends(view, j + 1))
                                         or view.lower[j + 1] in gz.site_heads()):
        return 1  # "Lucky South 99 Outsourcing Inc.", "the Jin Bei 4 casino", "the Orchid 3 Special Zone"
    if lower == "and" and j + 1 < n and view.lower[j + 1] in _MISSIONS and view.owner.get(i) is not None \
            and view.owner[i].label_ in {"PLACE", "COUNTRY"} and (view.owner[i].start, view.owner[i].end) == (i, j):
        return 0  # "an Embassy in Velmor | and Consulate in Dastra": a place, then a second mission
    if lower == "and" and j + 1 < n and view.lower[j + 1] in _TITLES_AFTER_AND:
        return 0  # "Secretary of State in the Ministry of Justice | and Deputy Chair of the ...": a second post
    if lower == "and" and _titled_person_after(view, j):
        return 0  # "... Department of Public Security of Zorvania | and Colonel Arun Dee": another guest
    if lower == "and" and _lone_police(view, i, j):
        return 0  # "a joint Customs Service | and Police task force": two bodies, the second the police
    if lower == "and" and j + 1 < n and view.label_at(j + 1) == "NORP" and (j + 2 >= n or not cap[j + 2]):
        return 0  # "the Ministry of Justice | and Thai consular offices": a people, no portfolio
    if lower == "and" and j + 2 < n and cap[j + 1] and view.lower[j + 1] in gz.heads() \
            and view.lower[j + 2] in {"of", "for"} and not has_head(view, i, j):
        return 0  # "Wells Fargo | and Bank of America": a name, then a body named head first
    if lower == "and" and j + 1 < n and cap[j + 1] and _two_bodies(view, i, j):
        return 0  # "Ranong Police and Ranong Provincial Office": one body, then another
    if lower == "and" and j + 1 < n and cap[j + 1] and (
            _head_then_complement(view, i, j) or head_ends(view, j + 1) or _field_goes_on(view, i, j)
            or _paired_field(view, j)) \
            and not titled_name(view, i, j):
        return 1  # "Ministry of Labour and Vocational Training", "Amusement and Gaming Corporation"
    # (but "President Joko Widodo | and National Police chief ...": a titled person ends before "and")
    return 0


#: Words of a post that open a second title after "and", never a portfolio of the body before it
_TITLES_AFTER_AND = frozenset({"deputy", "vice", "vice-chair", "vice-chairman", "chair", "chairman", "chairperson",
                               "chairwoman", "secretary", "director", "head", "chief", "president", "minister",
                               "spokesperson", "spokesman", "spokeswoman", "permanent", "acting", "executive"})


def _particles(view: DocView, j: int) -> int:
    """How many lower-case name particles from ``j`` lead on to the next capitalized word of the
    same name ("de | Vega", "de la | Cruz"), 0 when none does."""
    n = len(view.doc)
    if j + 1 < n and view.cap[j + 1] and view.spaces[j]:
        return 1
    if j + 2 < n and view.lower[j + 1] in SECOND_PARTICLES and view.cap[j + 2]:
        return 2
    return 0


#: Words of an administrative division that end a place's name: what follows "of" is another place.
_DIVISIONS = frozenset({"township", "district", "province", "state", "county", "municipality", "prefecture",
                        "commune", "subdistrict", "region"})


def _numbered_name(view: DocView, start: int, j: int) -> bool:
    """A capitalized number word after "the", inside a sentence, opening a run of more words: the
    first word of a name ("the Five Rivers Foundation"), not a count ("Five Chileans were freed")."""
    return view.lower[start].isalpha() and number_value(view.lower[start]) is not None and j - start > 1 and not view.starts[start] and start > 0 \
        and view.lower[start - 1] == "the"


#: Lower-case parts after a hyphen that make a capitalized word a describing word ("Zorvanian-style")
_ADJECTIVE_PARTS = frozenset({"style", "styled", "era", "type", "like", "themed", "inspired", "looking", "esque"})


def _compound_adjective(view: DocView, start: int) -> bool:
    """"Roman-style", "Soviet-era", "Once-thriving": a capitalized word, a hyphen and a lower-case
    describing part (one of ``_ADJECTIVE_PARTS`` or a participle in "-ing"), opening a noun
    phrase; no gazetteer name owns the word ("Hpa-an" stays a town)."""
    if view.words[start + 1] not in {"-", "\u2013"} or view.spaces[start] or view.spaces[start + 1] or start in view.owner:
        return False
    part = view.words[start + 2]
    return part.isalpha() and part.islower() and (part in _ADJECTIVE_PARTS or len(part) > 5 and part.endswith("ing"))


def _trimmed(view: DocView, i: int, j: int) -> tuple[int, int]:
    """The run [i, j) without the openers and honorifics at its front ("After", "Mr") and the
    connectors at its end; after a title the honorifics go and the rest stays ("director |
    Datuk Seri | Abdul Jalil Hassan")."""
    start = i + (j - i > 1 and _glued_dateline(view.words[i]))  # "Vietnam.- | The Ministry of ..."
    titled = i > 0 and view.label_at(i - 1) == "ROLE" and j - i > 1
    while not titled and start < j and (view.lower[start] in STARTERS or honorific_at(view.lower, start)) \
            and not surname_like_a_pronoun(view, start, j) and not agency_start(view, start, j) \
            and not (start in view.owner and view.owner[start].start == start and view.owner[start].label_ == "ROLE") \
            and not names_a_country(view, start) and not _numbered_name(view, start, j):
        start += 1
    while titled and start < j - 1 and honorific_at(view.lower, start):
        start += 1
    while j - start > 3 and " ".join(view.lower[start:start + 2]) in HONORIFICS:
        start += 2  # "Tan Sri | Hamid Yusof", "Senior General | Min Aung Hlaing": a title of two words
    if j - start > 1 and view.lower[start].rpartition("-")[2] in _COMPOUND_PARTICIPLES and "." in view.words[start]:
        start += 1  # "the U.S.-sanctioned | Prince Group": a dotted abbreviation keeps its hyphen in one token
    if j - start > 2 and _compound_adjective(view, start):
        # "Amber-style | towers", "Once-thriving | Wren Lotus casino": a describing word, no name's first;
        # one word after it is a region's or a people's ("Once-booming Wren scam hub"), no site's name
        start = start + 3 if j - start > 4 else j
    if j - start > 2 and view.words[start + 1] in _NOUNS_IN_CAPITALS and view.label_at(start) == "NORP" \
            and view.owner[start].end == start + 1:
        start += 1  # "British NGO EDEN": the people's name describes the noun, as a lower-case word does
    if j - start > 1 and view.words[start] in _NOUNS_IN_CAPITALS and start > 0 and (
            view.words[start - 1].islower() or view.label_at(start - 1) == "NORP"):
        start += 1  # "the anti-trafficking NGO | EDEN": the common noun before a name, written in capitals
    if j - start > 2 and view.words[start] == "Charge" and start > 0 and view.lower[start - 1] == "in":
        start += 1  # "Special Agent in | Charge | James Barnacle": the title's last word, not the name's first
    end = j
    while end > start and view.lower[end - 1] in CONNECTORS:
        end -= 1
    if end - start > 2 and end < len(view.doc) and view.words[end] in {"(", ",", "-", "—", "–"} \
            and view.words[end - 1].isupper() and len(view.words[end - 1]) > 3 and view.words[end - 2].istitle():
        end -= 1  # "By Dara Vong | YANGON (Reuters) –": a byline's name, then the dateline's city
    role = view.owner.get(end - 1)
    if role is not None and role.label_ == "ROLE" and role.end == end and start < role.start \
            and has_head(view, start, role.start) and view.lower[role.start - 1] not in {"the", "of", "for", "to", "and"} \
            and end + 1 < len(view.doc) and view.words[end] == "," \
            and (view.lower[end + 1] in HONORIFICS or view.label_at(end + 1) == "PERSON"):
        end = role.start  # "Ministry of Labour | Permanent Secretary, Mr X": the body, then a post in it
        # (not "Office of the Prime Minister": the post names the office; only a title set off before a name)
    return start, end


def _glued_dateline(word: str) -> bool:
    """"Vietnam.-", "HANOI.--": a dateline closed by a full stop and a dash that touch its city (as
    Spanish-language outlets write it, "Vietnam.- The Ministry ..."): the tokenizer keeps them one
    word, which belongs to no name of the lead after it."""
    return len(word) > 2 and word[0].isupper() and word.rstrip("-\u2013\u2014").endswith(".") \
        and word[-1] in "-\u2013\u2014"


#: Common nouns written in capitals that describe the name after them
_NOUNS_IN_CAPITALS = frozenset({"NGO", "NGOs"})


def surname_like_a_pronoun(view: DocView, start: int, j: int) -> bool:
    """"criminal She Zhijiang", "Bao Yanban and He Chuntian": a pronoun written with a capital in
    the middle of a sentence, after a lower-case word, is a family name ("She", "He"), not "she"."""
    return view.lower[start] in _PRONOUN_NAMES and j - start >= 2 and start > 0 \
        and view.words[start - 1].isalpha() and view.words[start - 1].islower()


#: Family names written like English pronouns
_PRONOUN_NAMES = frozenset({"she", "he"})


def titled_name(view: DocView, start: int, end: int) -> bool:
    """"Manager Ramon Dizon | of Golden Star": a title and a name with no head word end
    before "of"; "Minister of Foreign Affairs" (a title alone) goes on."""
    k = start
    while k < end and k in view.owner and view.owner[k].label_ == "ROLE":
        k = view.owner[k].end
    titled = k > start or (start > 0 and (start - 1) in view.owner and view.owner[start - 1].label_ == "ROLE")
    return titled and 1 <= end - k <= 4 and not has_head(view, k, end) \
        and not any(t in view.owner and view.owner[t].text not in gz.city_list_names() for t in range(k, end))


def names_a_country(view: DocView, k: int) -> bool:
    """"Sri" in "Sri Lankan Embassy" opens a demonym, not an honorific; "An" in "An Giang Provincial
    Police" opens a known place's name, not an article."""
    span = view.owner.get(k)
    return span is not None and span.start == k and span.end > k + 1 and span.label_ in {"NORP", "COUNTRY", "PLACE"}


def coordinated_runs(view: DocView, runs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of capitalized names with only commas and "and" between them, within a sentence."""
    groups: list[list[tuple[int, int]]] = []
    lower, starts = view.lower, view.starts  # (slicing the Doc builds a Token per word)
    for start, end in runs:
        previous = groups[-1][-1] if groups else None
        if previous is not None and _LIST_GLUE.issuperset(lower[bracketed_count_end(lower, previous[1]):start]) \
                and not any(starts[previous[1]:start + 1]):
            groups[-1].append((start, end))
        else:
            groups.append([(start, end)])
    return groups


#: What may stand between two coordinated names: "Chitwan, Kaski and Palpa".
_LIST_GLUE = frozenset({",", "and"})


def bracketed_count_end(lower: list[str], k: int) -> int:
    """Past a bracketed number at ``k`` ("Tanjung Harapan (29), Lembah Hijau (22) and ...": how many
    came from each place of the list); ``k`` where none stands there."""
    if lower[k:k + 1] == ["("] and k + 2 < len(lower) and lower[k + 2] == ")" \
            and lower[k + 1].replace(",", "").isdigit():
        return k + 3
    return k

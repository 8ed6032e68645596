"""News outlets a story cites by name: "told Xinhua.", "told the Cape Argus that", "the National
Thailand reported", "Reuters reported on Monday", "per National Thailand.", "on MRTV television",
"in Kyemon Daily and other state-run newspapers".

The acronyms among them are read by ``org_cues.outlets_spoken_to``; this module reads names written
in title case, only among the runs no other rule decided, and only in the constructions of citing
a source: after "told" at the end of a clause, before "reported"/"reports", after "per" or
"reported" at the end of a sentence, before a medium's common noun, after "a report in" or "with
reference to" at a clause's end, or after "according to" when the name holds a masthead's word
("according to the Atlantis Daily,"); a name set off by an apposition that says what it is
("Atlantis Wire, the country's state news agency, said"), and a name joined by "and" to an
outlet already read ("told the Associated Press and Radio Atlantis"). A word of a person's name
met in the document (or a known family name) keeps a run from being read as an outlet: "told
Arun Wattana" names a person; a language before a medium's noun ("the English daily said")
describes an outlet without naming it.

A masthead may be a place's name: "The Irrawaddy reports", "told The Irrawaddy", "according to The
Irrawaddy,". A region or a river written after a capital "The" inside a sentence and cited as a
source is the outlet, not the place (``places_named_as_outlets``); a country is never read so
("The Philippines reported 40 cases" is the state).
"""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import STARTERS

__all__ = ["NEWS_WIRES", "credited_publisher", "known_outlets_as_people", "outlets_cited", "people_named_as_outlets", "places_named_as_outlets"]

#: Words that may follow the outlet told: the clause ends or its complement starts
_AFTER_TOLD = frozenset({".", ",", "that", "on", "in", "last", "this", "when", "about", ";"})
_REPORTS = frozenset({"reported", "reports"})
#: A medium's common noun right after its name: "MRTV television", "the Tuoi Tre newspaper"
_MEDIUM_NOUNS = frozenset({"television", "tv", "newspaper", "newspapers", "daily", "radio", "channel",
                           "broadcaster", "website", "news", "outlet"})
#: Words between "and other" and a medium's plural: "and other state-run newspapers"
_MEDIUM_PLURALS = frozenset({"newspapers", "media", "outlets", "dailies", "broadcasters", "channels"})
_MAX_WORDS = 4
#: Entities an outlet's name may hold: "China Daily", "National Thailand", "Myanmar Now"
_NAMING_PLACES = frozenset({"COUNTRY", "PLACE", "NORP"})


def outlets_cited(view: DocView, runs: list[tuple[int, int]]) -> list[Span]:
    """The runs among ``runs`` that name an outlet cited as a source, as media organizations."""
    people = {view.words[k] for e in view.ents if e.label_ == "PERSON" for k in range(e.start, e.end)}
    media = {(e.start, e.end) for e in view.ents if e.label_ == "ORG" and e.id_.split("|")[1:2] == ["media"]}
    found = []
    for start, end in runs:
        if (whole := _of_a_country(view, start, end)) is not None:
            found.append(view.make(start, whole, "ORG", "|media|"))  # "the state-run Global New Light of Myanmar said"
            media.add((start, whole))
            continue
        if _acronym(view, start, end):
            if _medium_after(view, end):  # "on MRTV television" (other acronyms: ``outlets_spoken_to``)
                found.append(view.make(start, end, "ORG", "|media|"))
            continue
        cited = _according(view, start, end)  # (asked once: both tests below read it)
        if not _nameable(view, start, end, people, capitals=cited):
            continue
        described = _medium_after(view, end) and not (end - start == 1 and view.lower[start] in _LANGUAGES)
        if _told(view, start, end) or _spoken_to(view, start, end) or _reporting(view, start, end) or _cited_last(view, start, end) \
                or described or cited or _apposed_medium(view, end) or _beside_an_outlet(view, start, end, media):
            # a one-word masthead keeps its capitalized article ("told The Guardian", "The Diplomat wrote")
            first = start - 1 if end - start == 1 and view.words[start - 1] == "The" else start
            found.append(view.make(first, end, "ORG", "|media|"))
            media.add((start, end))
    return found


#: Languages, which describe an outlet before a medium's noun ("the English daily"), never name one
_LANGUAGES = frozenset({"english", "khmer", "burmese", "thai", "lao", "vietnamese", "chinese", "mandarin", "cantonese",
                        "malay", "indonesian", "tagalog", "filipino", "japanese", "korean", "hindi", "urdu", "bengali",
                        "tamil", "sinhala", "nepali", "arabic", "french", "spanish", "russian", "german", "swahili"})
#: The heads of an apposition that says a name is an outlet: "X, the state news agency,"
_MEDIUM_HEADS = frozenset({"agency", "newspaper", "daily", "broadcaster", "outlet", "site", "portal", "website",
                           "service", "station", "channel", "magazine", "tabloid", "weekly", "network"})
#: Words before such a head that make it a medium's ("news agency", not "law enforcement agency")
_MEDIUM_MODIFIERS = frozenset({"news", "media", "press", "wire", "television", "tv", "radio", "english-language"})
#: The most words an apposition may hold before its head: "X, China's official state-owned news agency,"
_APPOSITION_WORDS = 6


def _apposed_medium(view: DocView, end: int) -> bool:
    """"Atlantis Wire, the country's state-owned news agency, said ...", "XTV, the militia's media
    outlet, posted ...": an apposition after the name whose head is a medium's (a news agency, a
    newspaper, a broadcaster), closed by a comma or the sentence's end."""
    lower, n = view.lower, len(view.words)
    if end + 2 >= n or lower[end] != ",":
        return False
    for k in range(end + 2, min(n - 1, end + 2 + _APPOSITION_WORDS)):
        if lower[k] in {",", ".", ";", "(", "said", "says", "reported", "reports"}:
            return False  # (the apposition closed, or a clause began, before any medium's head)
        if lower[k] in _MEDIUM_HEADS and not view.cap[k] and lower[k + 1] in {",", ".", ";"}:
            return lower[k] in _MEDIUM_NOUNS or lower[k - 1] in _MEDIUM_MODIFIERS
    return False


def _beside_an_outlet(view: DocView, start: int, end: int, media: set[tuple[int, int]]) -> bool:
    """"told the Associated Press and Radio Atlantis", "Radio Atlantis and Reuters reported": a name
    joined by "and" to an outlet read already (``media``: the outlets' bounds) is a second outlet
    told or cited the same way."""
    lower = view.lower
    if not ((start > 1 and "and" in lower[start - 2:start]) or (end < len(lower) and lower[end] == "and")):
        return False  # (most runs: no "and" beside them)
    before = start - 1 - (lower[start - 1] == "the")
    after = end + 1 + (end + 1 < len(lower) and lower[end + 1] == "the")
    return lower[before] == "and" and any(e == before for _s, e in media) \
        or end < len(lower) and lower[end] == "and" and any(s == after for s, _e in media)


def _acronym(view: DocView, start: int, end: int) -> bool:
    """One word in capitals that no definition in the document made another body's short name."""
    word = view.words[start]
    return end - start == 1 and start > 0 and word.isalpha() and word.isupper() and len(word) >= 2 \
        and word not in view.acronyms and start not in view.owner


def _nameable(view: DocView, start: int, end: int, people: set[str], capitals: bool = False) -> bool:
    """One to four capitalized words no entity owns, none an opener, a family name or a word of a
    person named in the document; in a name of two words or more, a country, a place or a people
    inside it ("the China Daily", "the National Thailand") is part of the outlet's name, and with
    ``capitals`` a word in capitals inside it too ("Atlantis PBS World")."""
    if not 1 <= end - start <= _MAX_WORDS or start == 0:
        return False
    surnames, heads = gz.surnames(), gz.heads()
    own = [k for k in range(start, end) if k not in view.owner]
    return bool(own) and all(_inside_a_name(view, k, start, end) for k in range(start, end) if k in view.owner) \
        and all((view.words[k].istitle() or capitals and end - start >= 2 and view.words[k].isupper())
                and view.lower[k] not in STARTERS and view.lower[k] not in heads
                and view.words[k] not in surnames and view.words[k] not in people for k in own)


def _inside_a_name(view: DocView, k: int, start: int, end: int) -> bool:
    """Token ``k`` belongs to a country, place or people named wholly inside a run of two words or more."""
    owner = view.owner[k]
    return end - start >= 2 and owner.label_ in _NAMING_PLACES and start <= owner.start and owner.end <= end


def _before(view: DocView, start: int) -> int:
    """The index of the word before the run, past one "the" ("told | the | Cape Argus")."""
    k = start - 1
    return k - 1 if k >= 1 and view.lower[k] == "the" else k


def _told(view: DocView, start: int, end: int) -> bool:
    """"told Xinhua.", "told the Cape Argus that ...": the one told is the outlet that asked."""
    return view.lower[_before(view, start)] == "told" and (end >= len(view.words) or view.lower[end] in _AFTER_TOLD)


#: Verbs of talking before "to" and the outlet talked to: "Speaking to the Atlantis Star on Monday, ..."
_SPEAKING = frozenset({"speaking", "spoke", "talking", "talked"})


def _spoken_to(view: DocView, start: int, end: int) -> bool:
    """"Speaking to the Atlantis Star on Monday,", "in an interview with the Atlantis Star,": the one
    spoken to, at the end of its clause as after "told", is the outlet that asked."""
    k = _before(view, start)
    asked = k >= 1 and (view.lower[k] == "to" and view.lower[k - 1] in _SPEAKING
                        or view.lower[k] == "with" and view.lower[k - 1] in {"interview", "interviews"})
    return asked and (end >= len(view.words) or view.lower[end] in _AFTER_TOLD)


def _of_a_country(view: DocView, start: int, end: int) -> int | None:
    """Where an outlet named "<words> of <country>" ends ("the state-run Global New Light of Myanmar
    said", "the Voice of Vietnam reported"): the run, "of", a country, then a verb of reporting, and
    "the" or a word of state ownership before it. None where it is no such name."""
    of = end if end < len(view.words) and view.lower[end] == "of" else end - 2  # (the run may hold "of <country>")
    at = view.owner.get(of + 1) if of > start else None
    if at is None or view.lower[of] != "of" or at.start != of + 1 or at.label_ not in {"COUNTRY", "PLACE"} \
            or at.end < end or at.end >= len(view.words):
        return None
    if any(view.lower[k] in gz.heads() or view.lower[k] in _STATE_NAMES for k in range(start, of)):
        return None  # ("the Bank of Thailand said", "the Republic of the Union of Myanmar said": no outlet)
    reported = view.lower[at.end] in _REPORTS | _WROTE | {"said", "says"}
    owned = start >= 3 and view.lower[start - 3] == "state" and view.lower[start - 2] == "-" \
        and view.lower[start - 1] in {"run", "owned", "controlled"}  # ("state-run", three tokens)
    return at.end if reported and (owned or view.lower[start - 1] == "the") else None


def _reporting(view: DocView, start: int, end: int) -> bool:
    """"Reuters reported on Monday", "the National Thailand reported": a name before "reported"
    or "reports" that no one has named as a person (a person who reports is read by other rules)."""
    lone = end - start == 1 and not view.starts[start]  # ("Media reports say ...": a sentence's capital)
    if end < len(view.words) and view.lower[start - 1] == "the" and (view.lower[end] in _WROTE or view.lower[
            end:end + 2] in (["has", "learned"], ["has", "learnt"])):
        return True  # "the Diplomat wrote", "the Star has learned": a masthead with its article (no person)
    return end < len(view.words) and view.lower[end] in _REPORTS and (
        view.lower[start - 1] == "the" or lone or view.lower[start - 1] in {",", "“", '"'})


def _cited_last(view: DocView, start: int, end: int) -> bool:
    """"..., per National Thailand.", "..., reported Bangkok Post.": the source named last."""
    return view.lower[_before(view, start)] in {"per", "reported"} and end < len(view.words) \
        and view.words[end] in {".", ";"}


def _according(view: DocView, start: int, end: int) -> bool:
    """"according to Atlantis Weekly,", "a report in The Star.", "with reference to Bloomberg.": a
    source cited before the clause ends (people and bodies are decided before outlets are read)."""
    k = _before(view, start)
    if k < 1 or end >= len(view.words) or view.words[end] not in {",", ".", ";"}:
        return False
    cue = [view.lower[k - 1], view.lower[k]]
    if cue == ["according", "to"]:  # (people and bodies are cited so too: a medium's word in the name)
        return end - start >= 2 and any(view.lower[j] in _MASTHEAD_WORDS for j in range(start, end)) \
            or end - start == 1 and view.words[start] in NEWS_WIRES
    return cue in (["report", "in"], ["report", "by"], ["reference", "to"], ["reported", "by"])


#: Verbs of a masthead writing, told with its article ("the Diplomat wrote")
_WROTE = frozenset({"wrote", "writes"})
#: Words of a state's own formal name: "the Republic of the Union of Myanmar" is no outlet
_STATE_NAMES = frozenset({"republic", "union", "kingdom", "government", "state", "people's", "federation",
                          "commonwealth", "president", "king", "queen", "prime", "minister"})
#: The world's news agencies by their one-word names, which "according to" cites as it cites people
NEWS_WIRES = frozenset({"Reuters", "Bloomberg", "Xinhua", "Bernama", "Antara", "Yonhap", "Kyodo", "Interfax", "Tass",
                    "Mizzima", "Anadolu"})
#: Words of outlets' own names ("Atlantis Daily", "Atlantis PBS World", "Atlantis Security Magazine")
_MASTHEAD_WORDS = frozenset({"daily", "times", "post", "news", "magazine", "world", "press", "herald", "tribune",
                             "journal", "radio", "tv", "television", "gazette", "chronicle", "mail", "express",
                             "weekly", "observer", "monitor", "review"})


def _medium_after(view: DocView, end: int) -> bool:
    """"on MRTV television", "Kyemon Daily and other state-run newspapers"."""
    lower, n = view.lower, len(view.words)
    if end < n and lower[end] in _MEDIUM_NOUNS and not view.cap[end]:
        return end + 1 >= n or not view.cap[end + 1]  # (not "English newspaper | Daily Sun": a description)
    if end + 2 < n and lower[end:end + 2] == ["and", "other"]:
        return any(lower[k] in _MEDIUM_PLURALS for k in range(end + 2, min(n, end + 7)))  # ("and other state-run | newspapers")
    return False


#: Verbs of checking a claim, which a newsroom does: "The Irrawaddy could not verify"
_CHECKING = frozenset({"confirm", "verify", "independently"})


def places_named_as_outlets(view: DocView) -> list[Span]:
    """Places named as a cited outlet: a place (no country) after a capital "The" that is no
    sentence's first word, or after "the" with a verb of reporting next ("the Irrawaddy reported"),
    cited as outlets are (reporting, told, according to, reported by, or described as a medium
    in an apposition: "The Salween, a news site,"), as media organizations named with "The";
    and a place a report is "by" ("citing a report by Metro")."""
    found = []
    for ent in view.ents:
        k = ent.start - 1
        if ent.label_ == "PLACE" and k >= 1 and view.lower[k - 1:k + 1] in (["report", "by"], ["reported", "by"]):
            found.append(view.make(ent.start, ent.end, "ORG", "|media|"))  # "citing a report by Metro"
            continue
        if ent.label_ != "PLACE" or k < 1 or view.lower[k] != "the" or ent.end >= len(view.words):
            continue
        capital = view.words[k] == "The" and not view.starts[k]
        after = view.lower[ent.end]
        reporting = after in _REPORTS | _WROTE or after in {"said", "says", "quoted", "cited"}
        cited = view.lower[k - 1] == "told" or view.lower[k - 2:k] in (["according", "to"], ["reported", "by"]) \
            or view.lower[k - 2:k] == ["report", "by"] or _described_as_medium(view, ent.end)
        checking = _CHECKING.intersection(view.lower[ent.end:ent.end + 4]) and "could" in view.lower[ent.end:ent.end + 2]
        if reporting and capital or reporting and view.lower[k - 1] in {",", "“", '"'} or capital and cited or checking:
            # ("The Irrawaddy could not independently confirm the figure": only a newsroom checks a figure)
            found.append(view.make(k, ent.end, "ORG", "|media|"))
    return found


#: Articles that open an apposition saying what a name is: "X, an exile news outlet ..."
_APPOSITION_ARTICLES = frozenset({"a", "an", "the"})


def _described_as_medium(view: DocView, end: int) -> bool:
    """"reported by The Ayeyarwady, an exile news site covering Myanmar": an apposition after the
    name whose head (within a few words) is a medium's, even where the apposition runs on past the
    head. Asked only of a place after a capital "The", so a looser test than ``_apposed_medium``."""
    lower, n = view.lower, len(view.words)
    if end + 2 >= n or lower[end] != "," or lower[end + 1] not in _APPOSITION_ARTICLES:
        return False
    for k in range(end + 2, min(n, end + 2 + _APPOSITION_WORDS)):
        if lower[k] in {",", ".", ";", "("}:
            return False
        if lower[k] in _MEDIUM_HEADS and not view.cap[k]:
            return lower[k] in _MEDIUM_NOUNS or lower[k - 1] in _MEDIUM_MODIFIERS
    return False


#: A medium's common noun that makes the name right before it a masthead, never a person's
_MASTHEAD_NOUNS = _MEDIUM_NOUNS - {"newspapers", "website", "news", "outlet"}


#: International outlets whose names read as a person's ("told Al Jazeera that ...")
_KNOWN_OUTLETS = frozenset({("al", "jazeera"), ("associated", "press"), ("agence", "france-presse"),
                            ("radio", "free", "asia"), ("voice", "of", "america"), ("nikkei", "asia"),
                            ("deutsche", "welle"), ("sky", "news"), ("channel", "newsasia")})


def known_outlets_as_people(view: DocView) -> list[Span]:
    """A person's name that is the name of a known international outlet ("Al Jazeera") is that outlet."""
    return [view.make(e.start, e.end, "ORG", "|media|") for e in view.ents
            if e.label_ == "PERSON" and tuple(view.lower[e.start:e.end]) in _KNOWN_OUTLETS]


def people_named_as_outlets(view: DocView) -> list[Span]:
    """"a report in Tuesday's Myanma Thuriya newspaper ... Myanma Thuriya said": a name read as a
    person's (the page names it as a speaker) that stands once before a medium's common noun in lower
    case is a masthead, there and wherever the page names it again."""
    lower, n = view.lower, len(view.lower)
    mastheads = {tuple(view.words[e.start:e.end]) for e in view.ents if e.label_ == "PERSON" and e.end < n
                 and lower[e.end] in _MASTHEAD_NOUNS and not view.cap[e.end]}
    if not mastheads:
        return []
    return [view.make(e.start, e.end, "ORG", "|media|") for e in view.ents
            if e.label_ == "PERSON" and tuple(view.words[e.start:e.end]) in mastheads]


#: Words that join a wire to the outlet that carried its story in a credit: "(Wire via", "AGGREGATOR -"
_CREDIT_JOINS = frozenset({"via", "-", "–", "—", "/", "("})
#: Words of a dateline a credit may follow: "ATLANTIS CITY, May 3 (Wire via ..."
_DATELINE_MARKS = frozenset({",", ".", ":"})
#: How many words from the line's start to the outlet a credit may hold
_CREDIT_REACH = 12


def credited_publisher(words: list[str], start: int, end: int) -> bool:
    """"(Wire via Atlantis Times) Police raided ...", "AGGREGATOR - Atlantis Times) Prosecutors
    charged ...": an outlet that closes a bracketed credit at the opening of a line (after a
    dateline at most) published the story; it is no source the story cites, so no organization of
    it (an outlet told in a sentence, "told the Atlantis Times", is read as one)."""
    if start == 0 or end >= len(words) or words[end] != ")" or words[start - 1] not in _CREDIT_JOINS:
        return False
    for k in range(start - 1, max(-1, start - 1 - _CREDIT_REACH), -1):
        word = words[k]
        if not word.strip():
            return True  # the line's start
        if word not in _CREDIT_JOINS and word not in _DATELINE_MARKS and not word[:1].isupper() and not word.isdigit():
            return False  # ("a report (via Atlantis Times)": inside a sentence)
    return start - 1 - _CREDIT_REACH < 0

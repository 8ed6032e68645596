"""The spaCy pipeline behind the news loader. It needs no downloaded model.

``pipeline()`` builds, once per process (``build()`` every time): a blank English tokenizer
(with the title abbreviations news uses, so "Pol. Lt. Gen." does not end a sentence), sentence
starts (spaCy's rule-based sentencizer's rule, plus line breaks), a PhraseMatcher compiled from
the gazetteers (cached on disk, see ``nlp_cache``), and ``scamgraph_names``, a component
that reads capitalized word runs and decides, from the words around them, whether each is a
person, an agency, an organization or a site.

Entity labels it sets on ``doc.ents`` (``ent_id_`` carries the canonical value):

=========  ==========================================================
COUNTRY    a country name; id = ISO alpha-2
NORP       a demonym ("South Korean", "Filipinos"); id = ISO alpha-2
PLACE      province, city, town, district; id = ``canonical|kind|ISO``
AGENCY     a state body; id = ``canonical|kind|ISO`` when known
ORG        a company, group, NGO or party; id = ``|kind|``
SITE       a named compound, building, casino, zone
PERSON     a person (full name or a later reference to one)
ROLE       a title or role word; id = ``role|class``
SCAM       a scam type; id = canonical name
ABUSE      an abuse (torture, confinement, ...); id = canonical name
=========  ==========================================================

A statistical model is optional: ``pipeline("en_core_web_sm")`` adds its PERSON, ORG and GPE
entities where the rules found none.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy
import pycountry
import spacy
from spacy.attrs import IS_PUNCT, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from scamgraph import gazetteer as gz
from scamgraph.loaders import nlp_cache
from scamgraph.loaders.text import MAX_TEXT_CHARS
from scamgraph.resolve import country_code, demonym_table

__all__ = ["HONORIFICS", "PLACE_RANK", "SPEECH_VERBS", "build", "pipeline", "token_texts"]

#: How broad a place is, to read "Chbar Ampov, Phnom Penh" as district-in-city.
PLACE_RANK = {"site": 0, "landmark": 0.5, "village": 0.7, "commune": 0.8, "district": 1, "area": 1, "town": 2, "city": 2, "township": 2.5, "province": 3, "country": 4}

SPEECH_VERBS = frozenset(
    {"said", "says", "told", "added", "stated", "explained", "noted", "warned", "wrote", "confirmed",
     "announced", "claimed", "insisted", "argued", "described", "denied", "urged", "testified"}
)
#: Courtesy titles, honorifics and ranks before a name, never part of it (gazetteer/honorifics.tsv).
HONORIFICS = frozenset(row[0] for row in gz.rows("honorifics.tsv"))
_ABBREVIATIONS = ["Pol.", "Lt.", "Col.", "Maj.", "Brig.", "Capt.", "Sgt.", "Gen.", "Adm.", "Gov.", "Sen.",
                  "Rep.", "Supt.", "Insp.", "Cpl.", "No.", "Co.", "Corp.", "Ltd.", "Inc.", "St.", "Mt.", "Sept."]
_CONNECTORS = frozenset({"of", "for", "on", "the", "and", "de", "del", "against"})
#: Verbs that name a body's task after "to": "Committee to Combat Online Scams".
_MANDATE_VERBS = frozenset({"combat", "counter", "fight", "prevent", "suppress", "monitor", "investigate", "protect",
                            "eradicate", "eliminate", "tackle", "end", "stop"})
#: Day and month names: "arrested Chen Zhi on Monday" ends the name before "on".
_CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
                             "oct.", "nov.", "dec."})
_STARTERS = frozenset(
    {"the", "a", "an", "on", "in", "at", "but", "and", "after", "during", "last", "this", "that", "these",
     "those", "when", "while", "since", "before", "as", "by", "for", "from", "of", "with", "without",
     "according", "under", "some", "many", "most", "all", "both", "several", "other", "his", "her",
     "their", "its", "our", "we", "they", "he", "she", "it", "i", "there", "here", "meanwhile",
     "however", "also", "still", "yet", "now", "then", "later", "earlier", "if", "although", "though",
     "authorities", "officials", "police", "monday", "tuesday", "wednesday", "thursday", "friday",
     "specifically", "additionally", "separately", "similarly", "currently", "recently", "previously",
     "furthermore", "moreover", "notably", "instead", "overall", "finally", "initially", "subsequently",
     "eventually", "reportedly", "allegedly", "unfortunately", "importantly",
     "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "another", "one", "two", "three", "four", "five",
     "among", "inside", "outside", "near", "across", "between", "until", "to", "what", "who", "where",
     "why", "how", "no", "not", "only", "more", "such", "each", "every", "mr", "mrs", "ms", "dr",
     "mr.", "mrs.", "ms.", "dr.", "investigators", "prosecutors", "rescuers", "survivors", "victims",
     "families", "relatives", "witnesses", "residents", "workers", "lawmakers", "critics", "analysts",
     "experts", "activists", "researchers", "observers", "sources", "reports", "documents", "records",
     "photos", "videos", "footage", "satellite", "breaking", "update", "editor", "editorial", "opinion",
     "translation", "translated", "note", "read", "related", "advertisement", "photo", "video", "file"}
)
_AFTER_PERSON = frozenset({"said", "says", "told", "added", "stated", "who", "explained", "noted",
                           "warned", "wrote", "confirmed", "announced", "claimed", "insisted", "argued",
                           "urged", "denied", "testified", "was", "is", "has", "had", "led", "visited",
                           "met", "accompanied", "joined", "fled", "allegedly", "reportedly"})
_BEFORE_PERSON = frozenset({"said", "says", "according", "by", "including", "named", "suspect", "identified",
                            "arrested", "detained", "charged", "deported", "sentenced", "extradited", "indicted",
                            "defendant", "accused", "told", "ringleader", "businessman", "businesswoman",
                            "tycoon", "fugitive"})
_POSSESSIVE_NAMES = frozenset({"people", "prosecutors", "prosecutor", "workers", "women", "children", "lawyers"})
_ORG_NOUNS = frozenset({"firm", "company", "conglomerate", "group", "charity", "ngo", "organisation",
                        "organization", "platform", "exchange", "syndicate", "gang", "developer", "operator",
                        "bank", "casino operator", "network"})
#: Words of a title before its role word: "National Police Chief", "Deputy Provincial Governor".
_TITLE_MODIFIERS = frozenset({"national", "provincial", "deputy", "senior", "chief", "acting", "former", "regional",
                              "district", "general", "assistant", "vice", "first", "second"})
_PLACE_WORDS = frozenset({"province", "city", "district", "town", "township", "state", "region", "village",
                          "county", "municipality", "commune", "ward", "north", "south", "east", "west", "new"})
#: (gazetteer/agency_lower_heads.tsv)
_AGENCY_LOWER_HEADS = frozenset(row[0] for row in gz.rows("agency_lower_heads.tsv"))


def pipeline(statistical: str | None = None) -> Language:
    """The news pipeline, built once per process; pass a spaCy model name to add its entities
    (it must be installed). ``pipeline()`` and ``pipeline(None)`` are the same pipeline."""
    return _shared(statistical or None)


@lru_cache(maxsize=4)
def _shared(statistical: str | None) -> Language:
    return build(statistical)


def build(statistical: str | None = None) -> Language:
    """A new news pipeline. The gazetteer's compiled phrases come from the on-disk cache
    (``nlp_cache``) when it holds them for these gazetteer files and this code."""
    nlp = spacy.blank("en")
    for abbreviation in _ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    nlp.max_length = MAX_TEXT_CHARS + 1
    nlp.add_pipe("scamgraph_sentences")
    nlp.add_pipe("scamgraph_gazetteer")
    nlp.add_pipe("scamgraph_names")
    if statistical:
        nlp.add_pipe("scamgraph_statistical", config={"model": statistical}, last=True)
    return nlp


@Language.factory("scamgraph_gazetteer")
def _make_gazetteer(nlp: Language, name: str) -> _Gazetteer:
    return _Gazetteer(nlp)


class _Gazetteer:
    """The gazetteers as entities: one PhraseMatcher on lower-cased text, the longest match
    winning. spaCy's EntityRuler does the same, but counts its ~8,000 patterns again on every
    document, which was an eighth of the extraction time. The matcher has one key and is fed
    token hashes from the compiled table, so building it makes no vocabulary entries; a match's
    words look up its label and id in the table."""

    def __init__(self, nlp: Language) -> None:
        self.phrases = _compiled_phrases(nlp)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("gazetteer", [list(words) for words in self.phrases])

    def __call__(self, doc: Doc) -> Doc:
        lower = doc.to_array(LOWER).tolist()
        spans = []
        for _key, start, end in self.matcher(doc):
            label, ident = self.phrases[tuple(lower[start:end])]
            spans.append(Span(doc, start, end, label=label, span_id=ident))
        doc.ents = filter_spans(spans)
        return doc


def _compiled_phrases(nlp: Language) -> nlp_cache.Phrases:
    """The gazetteer phrase table, from the cache or compiled with this pipeline's tokenizer."""
    versions = (f"spacy {spacy.__version__}", f"pycountry {getattr(pycountry, '__version__', '?')}")

    def tokens(texts: list[str]) -> Iterable[list[int]]:
        return ([token.lower for token in doc] for doc in nlp.tokenizer.pipe(texts))

    def first_match(words: list[int], entries: list[tuple[str, str]]) -> tuple[str, str]:
        """Which entry a matcher with one key per entry (added in gazetteer order) reports first:
        its order among equal spans is what decided such ties before the table existed."""
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label, ident in entries:
            matcher.add(f"{label}\x1f{ident}", [words])
        doc = Doc(nlp.vocab, words=[nlp.vocab.strings[h] for h in words])
        key = next(k for k, start, end in matcher(doc) if (start, end) == (0, len(doc)))
        label, ident = nlp.vocab.strings[key].split("\x1f", 1)
        return label, ident

    patterns = ((p["pattern"], p["label"], p["id"]) for p in _patterns())
    return nlp_cache.compiled_phrases(nlp_cache.fingerprint(versions),
                                      lambda: nlp_cache.compile_phrases(patterns, tokens, first_match))


def _patterns() -> Iterable[dict[str, Any]]:
    """Ruler patterns from the gazetteers. Longer phrases win over shorter ones."""
    for place in gz.places():
        yield {"label": "PLACE", "pattern": place.name, "id": f"{place.canonical}|{place.kind}|{place.country}"}
    seen: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and value not in seen:
                seen.add(value)
                yield {"label": "COUNTRY", "pattern": value, "id": country.alpha_2}
    for code, forms in gz.rows("country_aliases.tsv"):
        for form in forms.split("|"):
            if len(form) > 2 or form.isupper():
                yield {"label": "COUNTRY", "pattern": form, "id": code}
    for form, code in demonym_table().items():
        if len(form) > 2:
            yield {"label": "NORP", "pattern": form, "id": code}
    for agency in gz.known_agencies():
        for form in agency.forms:
            yield {"label": "AGENCY", "pattern": form, "id": f"{agency.name}|{agency.kind}|{agency.country}"}
    for form, (role, cls) in gz.roles().items():
        yield {"label": "ROLE", "pattern": form, "id": f"{role}|{cls}"}
    for form, canonical in gz.forms_table("scam_types.tsv").items():
        yield {"label": "SCAM", "pattern": form, "id": canonical}
    for form, canonical in gz.forms_table("abuses.tsv").items():
        yield {"label": "ABUSE", "pattern": form, "id": canonical}


def _cap(token: Token) -> bool:
    return _cap_text(token.text)


def _cap_text(text: str) -> bool:
    """A capitalized word ("Manila", "'Ndrangheta"), not the pronoun "I"."""
    return bool(text) and text[0].isupper() and (text[0].isalpha() or text[0] == "'") and text.lower() not in {"i"}


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, read from the token array: iterating a Doc builds a Token object per
    token, which costs three times as much. Kept on the doc for the next component (a copy is
    returned; the pipeline never retokenizes, and the length is checked all the same)."""
    kept = doc.user_data.get(_TEXTS_KEY)
    if kept is None or len(kept) != len(doc):
        strings = doc.vocab.strings
        kept = doc.user_data[_TEXTS_KEY] = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    return list(kept)


_TEXTS_KEY = ("scamgraph", "token_texts")


#: What ends a sentence for spaCy's rule-based sentencizer
_SENTENCE_ENDS = frozenset(Sentencizer.default_punct_chars)


@Language.component("scamgraph_sentences")
def sentences(doc: Doc) -> Doc:
    """Sentence starts, written once: spaCy's rule-based sentencizer (a sentence ends after its
    run of end punctuation; the same rule, read from plain lists rather than Token objects), and
    a headline, a dateline or a list item ends at its line break, full stop or not. (A line
    break is a token of its own or inside one: a token's trailing whitespace is one space at most.)"""
    words = token_texts(doc)
    if not words:
        return doc
    punct = doc.to_array(IS_PUNCT).tolist()
    starts = [-1] * len(words)
    starts[0] = 1
    start, seen_end = 0, False
    for i, word in enumerate(words):
        if seen_end and not punct[i] and word not in _SENTENCE_ENDS:
            starts[start] = 1
            start, seen_end = i, False
        elif word in _SENTENCE_ENDS:
            seen_end = True
    starts[start] = 1
    for i, word in enumerate(words[:-1]):
        if "\n" in word:
            starts[i + 1] = 1
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64"))
    return doc


@Language.component("scamgraph_names")
def scamgraph_names(doc: Doc) -> Doc:
    """Turn capitalized runs into PERSON, AGENCY, ORG or SITE spans; filter the ruler's matches."""
    kept = [ent for ent in doc.ents if _keep_ruler_match(ent)]
    names = _NameFinder(doc, kept)
    doc.ents = names.run()
    return doc


def _keep_ruler_match(ent: Span) -> bool:
    """Gazetteer hits that must be written as names (places, countries, demonyms, agencies)."""
    if ent.label_ in {"PLACE", "COUNTRY", "NORP", "AGENCY"}:
        if not ent.text[:1].isupper() and not (ent.text.startswith("the ") and ent.text[4:5].isupper()):
            return False
        if ent.label_ in {"PLACE", "AGENCY"} and ent.text.isupper() and len(ent.text) <= 3 and ent.label_ == "PLACE":
            return False
    return True


class _NameFinder:
    """Classify capitalized runs with the cues around them. One instance per document."""

    def __init__(self, doc: Doc, ents: list[Span]) -> None:
        self.doc = doc
        self.ents = ents
        # token strings and flags as plain lists, read once: indexing a Doc builds a Token each time
        self.words = token_texts(doc)
        self.spaces = doc.to_array(SPACY).tolist()  # 1 where a space follows
        self.starts = [start == 1 for start in doc.to_array(SENT_START).tolist()]  # (-1 reads as 2**64 - 1)
        self.lower = [w.lower() for w in self.words]
        self.cap = [bool(w) and w[0].isupper() and (w[0].isalpha() or w[0] == "'") and low != "i"
                    for w, low in zip(self.words, self.lower)]  # _cap_text, inline: it runs for every token
        self.owner: dict[int, Span] = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        self.acronyms: dict[str, Span] = {}
        self.dropped: list[Span] = []  # gazetteer hits that turned out to be parts of a name

    def run(self) -> tuple[Span, ...]:
        chunks = list(self._chunks())
        decided: list[Span] = []
        undecided: list[tuple[int, int]] = []
        for start, end in chunks:
            span = self._classify(start, end)
            if span is None:
                undecided.append((start, end))
            else:
                decided.append(span)
        decided += self._lower_bodies()
        self._replace(decided)
        if self.dropped:
            self.ents = [e for e in self.ents if e not in self.dropped]
            self.owner = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        listed = self._listed_places(undecided)
        if listed:
            self._replace(listed)
            undecided = [(s, e) for s, e in undecided if not any(p.start == s for p in listed)]
        self._second_pass(undecided)
        return tuple(sorted(self.ents, key=lambda e: e.start))

    def _kind_after(self, end: int, landmarks: bool = True) -> str:
        """The kind a lower-case place (or landmark) word after a name gives it: "Kong Pisei district",
        "the Tay Trang border gate"."""
        doc = self.doc
        if end >= len(doc) or not doc[end].is_lower:
            return ""
        two = " ".join(t.lower_ for t in doc[end:end + 2])
        found = gz.place_kinds().get(doc[end].lower_)
        if landmarks and not found:
            found = gz.landmark_heads().get(two) or gz.landmark_heads().get(doc[end].lower_)
        return found or ""

    def _listed_places(self, undecided: list[tuple[int, int]]) -> list[Span]:
        """Unknown names in a list that a place word closes or opens: "from Chitwan, Kaski and
        Palpa districts", "various states, including Assam, Gujarat and Punjab"."""
        doc, found = self.doc, []
        known = {(e.start, e.end) for e in self.ents if e.label_ in {"PLACE", "COUNTRY"}}
        open_runs = set(undecided) - known  # a name the gazetteer knows keeps its kind
        for group in self._coordinated_runs(sorted(open_runs | known)):
            first, last = group[0][0], group[-1][1]
            after = doc[last].lower_ if last < len(doc) else ""
            lead = [t.lower_ for t in doc[max(0, first - 3):first] if t.text != ","]
            kind = gz.place_kinds().get(after.rstrip("s")) if after.endswith("s") else None
            if kind is None and lead[-1:] == ["including"] and len(lead) >= 2 and lead[-2].rstrip("s") in gz.place_kinds():
                kind = gz.place_kinds()[lead[-2].rstrip("s")]
            if kind and len(group) >= 2:
                found += [self._make(s, e, "PLACE", f"{doc[s:e].text}|{kind}|") for s, e in group if (s, e) in open_runs]
        return found

    def _coordinated_runs(self, runs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """Runs of capitalized names with only commas and "and" between them, within a sentence."""
        groups: list[list[tuple[int, int]]] = []
        for start, end in runs:
            previous = groups[-1][-1] if groups else None
            if previous is not None and all(t.lower_ in {",", "and"} for t in self.doc[previous[1]:start]) \
                    and not any(t.is_sent_start for t in self.doc[previous[1]:start + 1]):
                groups[-1].append((start, end))
            else:
                groups.append([(start, end)])
        return groups

    # -- capitalized runs ------------------------------------------------------------------
    def _chunks(self) -> Iterable[tuple[int, int]]:
        i, n = 0, len(self.doc)
        while i < n:
            if not self.cap[i] or (i in self.owner and self.owner[i].label_ in {"SCAM", "ABUSE"}
                                   and not self._head_ends(i)):  # "Human Trafficking Crime Bureau" is a body
                i += 1
                continue
            j = i + 1
            while j < n:
                word, lower = self.words[j], self.lower[j]
                if self.starts[j]:  # (is_sent_end rescans the whole doc each call)
                    break
                if self.cap[j] or (word == "-" and not self.spaces[j - 1] and j + 1 < n
                                   and self.words[j + 1].isalpha() and not self.spaces[j]):
                    j += 2 if word == "-" else 1
                    continue
                if word in {"'s", "'", "’s"} and self.lower[j - 1] in _POSSESSIVE_NAMES and j + 1 < n and self.cap[j + 1]:
                    j += 1  # "People's Court", "Prosecutors' Office"
                    continue
                if lower in {"of", "for"} and j + 2 < n and self.lower[j + 1] == "the" and self.cap[j + 2] \
                        and self._has_head(i, j):
                    j += 2  # "Secretariat of the Commission"
                    continue
                if lower == "to" and j + 1 < n and self.lower[j + 1] in _MANDATE_VERBS and self._has_head(i, j):
                    j += 1  # "Committee to Combat Online Scams": a body named for its task
                    continue
                if lower in _CONNECTORS and j + 1 < n and self.cap[j + 1] and lower != "and" \
                        and self.lower[j + 1] not in _CALENDAR_WORDS and not self._titled_name(i, j):
                    j += 1
                    continue
                if word.isdigit() and j + 1 < n and (self.cap[j + 1] and self._head_ends(j + 1)
                                                          or self.lower[j + 1] in gz.site_heads()):
                    j += 1  # "Lucky South 99 Outsourcing Inc.", "the Jin Bei 4 casino"
                    continue
                if lower == "and" and j + 1 < n and self.cap[j + 1] and (
                        self._has_head(i, j) and self.lower[j - 1] not in gz.heads() or self._head_ends(j + 1)):
                    j += 1  # "Ministry of Labour and Vocational Training", "Amusement and Gaming Corporation"
                    continue
                break
            start = i
            titled = i > 0 and (i - 1) in self.owner and self.owner[i - 1].label_ == "ROLE" and j - i > 1
            while not titled and start < j and (self.lower[start] in _STARTERS or self.lower[start] in HONORIFICS) \
                    and not self._agency_start(start, j) \
                    and not (start in self.owner and self.owner[start].start == start and self.owner[start].label_ == "ROLE") \
                    and not self._names_a_country(start):
                start += 1
            while titled and start < j - 1 and self.lower[start] in HONORIFICS:
                start += 1  # "director | Datuk Seri | Abdul Jalil Hassan"
            end = j
            while end > start and self.lower[end - 1] in _CONNECTORS:
                end -= 1
            if end > start:
                yield start, end
            i = j

    def _titled_name(self, start: int, end: int) -> bool:
        """"Manager Ramon Dizon | of Golden Star": a title and a name with no head word end
        before "of"; "Minister of Foreign Affairs" (a title alone) goes on."""
        k = start
        while k < end and k in self.owner and self.owner[k].label_ == "ROLE":
            k = self.owner[k].end
        titled = k > start or (start > 0 and (start - 1) in self.owner and self.owner[start - 1].label_ == "ROLE")
        return titled and 1 <= end - k <= 4 and not self._has_head(k, end) \
            and not any(t in self.owner and self.owner[t].text not in gz.city_list_names() for t in range(k, end))

    def _head_ends(self, k: int) -> bool:
        """The capitalized run from ``k`` ends in an organization or agency head word."""
        doc, heads = self.doc, gz.heads()
        while k + 1 < len(doc) and self.cap[k + 1] and not self.starts[k + 1]:
            k += 1
        return self.cap[k] and self.lower[k] in heads

    def _agency_start(self, start: int, end: int) -> bool:
        """"Police" at a run's start stays when the run names an agency ("Police Commission")."""
        return self.lower[start] == "police" and end - start > 1 and self._has_head(start + 1, end)

    def _has_head(self, start: int, end: int) -> bool:
        heads = gz.heads()
        return any(self.lower[k] in heads for k in range(start, end))

    # -- classification --------------------------------------------------------------------
    def _classify(self, start: int, end: int) -> Span | None:
        doc = self.doc
        inner = {self.owner[k].start: self.owner[k] for k in range(start, end) if k in self.owner}
        whole = next((e for e in inner.values() if e.start == start and e.end == end), None)
        agency_end = self._lower_agency_head(end)
        if agency_end and whole is not None and whole.label_ in {"NORP", "COUNTRY", "PLACE"}:
            code = whole.id_ if whole.label_ != "PLACE" else ""  # a town's police is not the nation's
            return self._make(start, agency_end, "AGENCY", f"||{code}")  # "Thai authorities", "Tak provincial police"
        shared = self._shared_agency_head(end)
        if shared and whole is not None and whole.label_ in {"NORP", "COUNTRY"}:
            name = f"{doc[start:end].text} {shared}"  # "US and UK authorities": the US authorities too
            return self._make(start, end, "AGENCY", f"{name}||{whole.id_}")
        landmark = self._landmark(start, end, inner)
        if landmark is not None:
            return landmark
        if whole is not None and whole.label_ != "ROLE":
            self._note_acronym(whole)
            return None  # the gazetteer already named it
        # A role at the front is a title, not part of the name: "Vice Foreign Minister Park".
        first = inner.get(start)
        if first is not None and first.label_ == "ROLE" and first.end < end:
            return self._classify(self._after_title(first.end, end), end)
        role = next((e for e in sorted(inner.values(), key=lambda e: e.start)
                     if e.label_ == "ROLE" and start < e.start and e.end < end), None)
        if role is not None and all(self.words[k].isupper() or (k in self.owner and self.owner[k].label_ in {"NORP", "COUNTRY", "AGENCY"})
                                    or self.lower[k] in gz.heads() or self.lower[k] in _TITLE_MODIFIERS
                                    for k in range(start, role.start)):
            return self._classify(self._after_title(role.end, end), end)  # "UN High Commissioner ... Volker Türk"
        if first is not None and first.label_ == "AGENCY" and first.end < end and self.cap[end - 1] \
                and not any(k in self.owner and self.owner[k].label_ in {"PLACE", "COUNTRY"} for k in range(first.end, end)):
            # a unit of a known agency: "Philippine National Police Criminal Investigation and Detection Group"
            _canonical, kind, country = (first.id_.split("|") + ["", "", ""])[:3]
            return self._make(start, end, "AGENCY", f"|{kind}|{country}")
        if first is not None and first.label_ in {"COUNTRY", "PLACE"} and first.end < end - 1 \
                and self.lower[first.end] in HONORIFICS:
            return self._classify(self._after_title(first.end, end), end)  # "Ambassador to Cambodia | Datuk Eldeen ..."
        if first is not None and first.label_ in {"NORP", "COUNTRY", "PLACE"} and first.end < end and not self._has_head(first.end, end) \
                and not self._site_follows(end):
            nxt = inner.get(first.end)
            if nxt is not None and nxt.label_ == "ROLE":
                return self._classify(nxt.end, end) if nxt.end < end else None
        if any(e.label_ == "AGENCY" and (e.start < start or e.end > end) for e in inner.values()):
            return None  # the gazetteer's name is longer ("Foreign, Commonwealth and Development Office")
        head = self._head_class(start, end)
        if head is not None:
            label, kind = head
            state = next((gz.agency_words()[t.lower_] for t in doc[start:end] if t.lower_ in gz.agency_words()), "")
            if label == "ORG" and state and kind in {"company", "ngo"}:
                label, kind = "AGENCY", state  # "Criminal Investigation and Detection Group": a police unit
            return self._make(start, end, label, f"|{kind}|")
        if end < len(doc) and self.lower[end] in gz.site_heads() and whole is None and self.cap[end - 1]:
            if not all(k in self.owner and self.owner[k].label_ in {"PLACE", "COUNTRY", "NORP"} for k in range(start, end)):
                return self._make(start, end + 1, "SITE", "")  # "the Jade Garden compound"
        if self.lower[end - 1] in gz.site_heads() and end - start > 1 and self.cap[end - 1]:
            return self._make(start, end, "SITE", "")  # "Golden Crane Park", "Blue Lotus Resort"
        blocking = [self.owner[k] for k in range(start, end) if k in self.owner and self.owner[k].label_ != "ROLE"]
        if blocking and all(e.label_ == "PLACE" and e.id_.split("|")[1:2] == ["city"] for e in blocking) \
                and end - start >= 2 and self._strong_person_cue(start):
            return self._make(start, end, "PERSON", "")  # "arrested Rodel Santos": Santos is also a city
        if blocking and self._name_part(start, end, blocking):
            kind = self._kind_after(end)
            if kind:
                return self._make(start, end, "PLACE", f"{doc[start:end].text}|{kind}|")  # "the Tay Trang border gate"
            if self._person_cues(start, end):
                return self._make(start, end, "PERSON", "")  # "Li Liang Wei", "Ramon Dizon said"
            self.dropped.extend(blocking)  # a name's part is no town, person or not
            return None
        if blocking:
            return None
        kind = self._kind_after(end, landmarks=False)
        titled = all(t.is_title or t.text == "-" for t in doc[start:end])
        agency_end = self._lower_agency_head(end)
        if titled and agency_end and not blocking:
            return self._make(start, agency_end, "AGENCY", "||")  # "Kong Pisei district police", "Tboung Khmum authorities"
        if kind and titled:
            return self._make(start, end, "PLACE", f"{doc[start:end].text}|{kind}|")  # "Kong Pisei district"
        if self._org_cues(start, end):
            return self._make(start, end, "ORG", "|company|" if self.lower[start - 1] in _ORG_NOUNS else "")
        if self._person_cues(start, end):
            return self._make(start, end, "PERSON", "")
        return None

    def _lower_bodies(self) -> list[Span]:
        """"the foreign ministry", "Indonesia's interior ministry": agencies written in lower case."""
        words, n, found = self.words, len(self.words), []
        bodies = gz.lower_agencies()
        for i, lower in enumerate(self.lower):
            if lower not in {"the", "'s", "’s"} or i + 2 > n:
                continue
            for width in (3, 2):
                end = i + 1 + width
                phrase = " ".join(words[i + 1:end])
                if end <= n and phrase in bodies and not any(k in self.owner for k in range(i + 1, end)):
                    found.append(self._make(i + 1, end, "AGENCY", "||"))
                    break
        return found

    def _shared_agency_head(self, end: int) -> str:
        """The lower-case agency words that a coordinated country shares: "US | and UK authorities"."""
        doc = self.doc
        if end + 1 >= len(doc) or self.lower[end] not in {"and", "or", ","}:
            return ""
        other = self.owner.get(end + 1)
        if other is None or other.label_ not in {"NORP", "COUNTRY"} or other.start != end + 1:
            return ""
        head_end = self._lower_agency_head(other.end)
        return doc[other.end:head_end].text if head_end else ""

    def _landmark(self, start: int, end: int, inner: dict[int, Span]) -> Span | None:
        """"Incheon International Airport", "Bokor Mountain", "Barangay La Mesa": one place of its
        own, not the town or province whose name it contains."""
        doc = self.doc
        last2 = " ".join(self.lower[max(start, end - 2):end])
        heads, prefixes = gz.landmark_heads(), gz.landmark_prefixes()
        kind = heads.get(last2) if end - start > 2 else None
        kind = kind or (heads.get(self.lower[end - 1]) if end - start > 1 else None)
        code = ""
        if kind is None and end - start > 1 and self.words[start] in prefixes:
            kind, code = prefixes[self.words[start]]
        if kind is None or any(e.label_ in {"AGENCY", "ORG", "PERSON", "SITE"} for e in inner.values()):
            return None
        code = code or next((e.id_.split("|")[-1] for e in inner.values() if e.label_ in {"PLACE", "COUNTRY"}), "")
        text = doc[start:end].text
        return self._make(start, end, "PLACE", f"{text}|{kind}|{code}")

    def _names_a_country(self, k: int) -> bool:
        """"Sri" in "Sri Lankan Embassy" opens a demonym, not an honorific."""
        span = self.owner.get(k)
        return span is not None and span.start == k and span.end > k + 1 and span.label_ in {"NORP", "COUNTRY"}

    def _after_title(self, start: int, end: int) -> int:
        """Where the name starts after a title's "of ...": "Minister of Public Security Liu Zhongyi"
        -> "Liu Zhongyi" (at a known family name, else the last two words)."""
        words, lower = self.words, self.lower
        while start < end - 1 and (words[start] == "-" or lower[start] in HONORIFICS
                                   or words[start - 1] == "-" and lower[start] in _TITLE_MODIFIERS):
            start += 1  # "Commissioner-General Pol Gen | Kitrat Phanphet"
        if lower[start] not in {"of", "for"} or end - start < 3:
            return start
        for k in range(start + 1, end - 1):
            if self.words[k] in gz.surnames():
                return k
        return max(start + 1, end - 2)

    def _name_part(self, start: int, end: int, blocking: list[Span]) -> bool:
        """A town from the generated city list inside a run of other capitalized words that are no
        head, place word or acronym: "Ramon Dizon", "Li Liang Wei" (a name, not Ramon or Liang)."""
        if not all(e.label_ == "PLACE" and e.text in gz.city_list_names() for e in blocking):
            return False
        covered = {i for e in blocking for i in range(e.start, e.end)}
        rest = [t for t in self.doc[start:end] if t.i not in covered and t.text != "-"]
        lowered = gz.heads().keys() | gz.site_heads() | gz.landmark_heads().keys() | _PLACE_WORDS
        return bool(rest) and all(t.is_alpha and t.is_title and t.lower_ not in lowered and t.lower_ not in _STARTERS
                                  for t in rest)

    def _site_follows(self, end: int) -> bool:
        return end < len(self.doc) and self.lower[end] in gz.site_heads()

    def _lower_agency_head(self, end: int) -> int:
        doc = self.doc
        if end + 1 < len(doc) and self.words[end] in {"'s", "’s"} and self.lower[end + 1] in _AGENCY_LOWER_HEADS \
                and self.words[end + 1].islower():
            return end + 2  # "Myanmar's military"
        for width in (3, 2, 1):
            if end + width <= len(doc):
                words = " ".join(self.lower[end:end + width])
                if words in _AGENCY_LOWER_HEADS and self.words[end].islower():
                    return end + width
        return 0

    def _head_class(self, start: int, end: int) -> tuple[str, str] | None:
        """AGENCY or ORG from a head word: the last word ("National Police Agency"), or the
        first when a phrase follows ("Ministry of Interior", "Commission for Combating ...")."""
        heads = gz.heads()
        last2 = " ".join(self.lower[max(start, end - 2):end])
        for phrase in (last2, self.lower[end - 1]):
            if phrase in heads and end - start > (1 if phrase == self.lower[end - 1] else 2) - 1:
                cls, kind = heads[phrase]
                if end - start == 1 and phrase not in {"interpol", "parliament"}:
                    return None  # a bare "Police", "Ministry" or "Inc" names nobody
                return ("AGENCY" if cls == "agency" else "ORG"), kind
        for k in range(start, end - 2):
            if self.lower[k] in heads and self.lower[k + 1] in _CONNECTORS:  # "People's Court of Tay Ninh"
                cls, kind = heads[self.lower[k]]
                return ("AGENCY" if cls == "agency" else "ORG"), kind
        return None

    def _org_cues(self, start: int, end: int) -> bool:
        """"the payment firm Huiyuan Pay", "Migrant Care, an Indonesian rights group"."""
        doc = self.doc
        if start > 0 and self.lower[start - 1] in _ORG_NOUNS:
            return True
        if end + 2 < len(doc) and self.words[end] == "," and self.lower[end + 1] in {"a", "an", "the"}:
            for k in range(end + 2, min(len(doc), end + 7)):
                if self.lower[k] in _ORG_NOUNS:
                    return True
                if self.words[k] in {",", ".", ";"}:
                    break
        return False

    def _strong_person_cue(self, start: int) -> bool:
        prev = start - 1
        return start > 0 and (self.lower[prev] in HONORIFICS or self.lower[prev] in _BEFORE_PERSON
                              or (prev in self.owner and self.owner[prev].label_ == "ROLE")
                              or self._titled(start))

    def _titled(self, start: int) -> bool:
        """A title with its department comes right before: "Minister of Foreign Affairs |Maria Santos"."""
        k, seen_of = start - 1, False
        while k >= 0 and (self.cap[k] or self.lower[k] in {"of", "for"}) and not (k in self.owner and self.owner[k].label_ == "ROLE"):
            seen_of = seen_of or self.lower[k] in {"of", "for"}
            k -= 1
        return seen_of and k >= 0 and k in self.owner and self.owner[k].label_ == "ROLE"

    def _person_cues(self, start: int, end: int) -> bool:
        doc, words, lower = self.doc, self.words, self.lower
        kept = [k for k in range(start, end) if words[k] != "-"]
        if any(doc[k].like_num for k in kept) or all(words[k].isupper() and len(words[k]) > 1 for k in kept):
            return False
        prev = start - 1 if start > 0 else None
        if prev is not None and lower[prev] in {"surnamed", "named", "called"} and len(kept) == 1:
            return False  # "two men surnamed Kim": a family name, not a person
        if prev is not None and (lower[prev] in HONORIFICS or (prev in self.owner and self.owner[prev].label_ == "ROLE")):
            return True
        surname_first = words[kept[0]] in gz.surnames() and 2 <= len(kept) <= 4
        if surname_first:
            return True
        if len(kept) < 2:
            return False
        if prev is not None and lower[prev] in _BEFORE_PERSON:
            return True
        if prev is not None and lower[prev] == "as" and start > 1 and lower[start - 2] in {"known", "identified", "named"}:
            return True  # "a recruiter known as Yanti Kurnia"
        if end < len(doc) and lower[end] in _AFTER_PERSON:
            return True
        if end < len(doc) and words[end] == ",":
            for k in range(end + 1, min(len(doc), end + 8)):
                if k in self.owner and self.owner[k].label_ == "ROLE":
                    return True
                if k == end + 1 and doc[k].like_num:
                    return True  # "Kim Seok-ki, 52,"
                if words[k] in {",", ".", ";"}:
                    break
        return False

    def _make(self, start: int, end: int, label: str, kb_id: str) -> Span:
        return Span(self.doc, start, end, label=label, span_id=kb_id or "||")

    def _note_acronym(self, ent: Span) -> None:
        """"Commission for Combating Online Scams (CCOS)": later "CCOS" means the commission."""
        doc = self.doc
        if ent.end + 2 < len(doc) and self.words[ent.end] == "(" and self.words[ent.end + 2] == ")" and self.words[ent.end + 1].isupper():
            self.acronyms[self.words[ent.end + 1]] = ent

    def _replace(self, decided: list[Span]) -> None:
        covered: set[int] = set()
        kept: list[Span] = []
        for span in decided:  # later spans lose to earlier ones they overlap
            if not any(i in covered for i in range(span.start, span.end)):
                kept.append(span)
                covered.update(range(span.start, span.end))
        decided = kept
        self.ents = [e for e in self.ents if not any(i in covered for i in range(e.start, e.end))] + decided
        for span in decided:
            self._note_acronym(span)
        self.owner = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}

    def _lone_speakers(self) -> set[str]:
        """Single capitalized words used as a speaker: "Setiawan told", "said Setiawan"."""
        words, lower, cap, found = self.words, self.lower, self.cap, set()
        last = len(words) - 1
        for i, word in enumerate(words):
            if not word.istitle() or i in self.owner or lower[i] in _STARTERS:
                continue
            if (i < last and lower[i + 1] in SPEECH_VERBS and (i == 0 or not cap[i - 1])) or \
                    (i > 0 and lower[i - 1] in {"said", "says"} and (i == last or not cap[i + 1])):
                found.add(word)
        return found

    def _second_pass(self, undecided: list[tuple[int, int]]) -> None:
        """Later mentions: an acronym of a named agency, or part of a person's full name."""
        doc, words = self.doc, self.words
        tokens_of_people = {words[k] for e in self.ents if e.label_ == "PERSON" and len(e) > 1
                            for k in range(e.start, e.end) if words[k] != "-"}
        speakers = self._lone_speakers()
        for start, end in undecided:
            kept = [words[k] for k in range(start, end) if words[k] != "-"]
            if 2 <= len(kept) <= 3 and kept[-1] in speakers and all(w.istitle() for w in kept) \
                    and not any(k in self.owner for k in range(start, end)):
                span = Span(doc, start, end, label="PERSON", span_id="||")
                self.ents.append(span)  # "Arief Setiawan answered ..." and later "Setiawan told ..."
                self.owner.update({k: span for k in range(start, end)})
                tokens_of_people.update(kept)
        added: list[Span] = []
        for start, end in undecided:
            if any(k in self.owner for k in range(start, end)):
                continue
            if end - start == 1 and words[start] in self.acronyms:
                source = self.acronyms[words[start]]
                canonical, _, rest = (source.id_ or "||").partition("|")
                added.append(Span(doc, start, end, label=source.label_, span_id=f"{canonical or source.text}|{rest or '|'}"))
            elif all(words[k] in tokens_of_people for k in range(start, end) if words[k] != "-") and \
                    not (start > 0 and self.lower[start - 1] in {"surnamed", "named"}):
                added.append(Span(doc, start, end, label="PERSON"))
        for span in added:
            self.ents.append(span)


@Language.factory("scamgraph_statistical", default_config={"model": "en_core_web_sm"})
def _statistical(nlp: Language, name: str, model: str) -> Any:
    """Add a trained model's PERSON/ORG/GPE where the rules found nothing (optional)."""
    trained = spacy.load(model, exclude=["lemmatizer", "parser"])

    def component(doc: Doc) -> Doc:
        other = trained(doc.text)
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        extra = []
        mapping = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE"}
        for ent in other.ents:
            label = mapping.get(ent.label_)
            span = doc.char_span(ent.start_char, ent.end_char, label=label or "", alignment_mode="contract") if label else None
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                if label == "PLACE":
                    code = country_code(span.text)
                    span = Span(doc, span.start, span.end, label="COUNTRY" if code else "PLACE",
                                span_id=code or f"{span.text}|city|")
                extra.append(span)
                taken.update(range(span.start, span.end))
        doc.ents = tuple(sorted([*doc.ents, *extra], key=lambda e: e.start))
        return doc

    return component

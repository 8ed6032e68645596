"""The gazetteers as entities: every place, country, demonym, known agency, role, scam type and
abuse the tables list, found in one pass of one PhraseMatcher.

The phrase table behind the matcher (a phrase's lower-case token hashes -> its label and id) is
compiled once and kept on disk by ``nlp_cache``; a changed gazetteer, changed code under
``loaders/`` or a new spaCy or pycountry version makes a new cache key, so it is compiled again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pycountry
import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc

from scamgraph import gazetteer as gz
from scamgraph.loaders import nlp_cache
from scamgraph.loaders.nlp.ents import Ent
from scamgraph.loaders.nlp.sentences import token_texts
from scamgraph.resolve import demonym_table

__all__ = ["MATCHES_KEY", "gazetteer_patterns"]

#: Where the component leaves the spans it set as ``doc.ents``, for the one component that reads them.
MATCHES_KEY = ("scamgraph", "gazetteer_matches")


@Language.factory("scamgraph_gazetteer")
def _make_gazetteer(nlp: Language, name: str) -> _Gazetteer:
    return _Gazetteer(nlp)


class _Gazetteer:
    """The gazetteers as entities: one PhraseMatcher on lower-cased text, the longest match
    winning. spaCy's EntityRuler does the same, but counts its ~8,000 patterns again on every
    document, which was an eighth of the extraction time. The matcher has one key and is fed
    token hashes from the compiled table, so building it makes no vocabulary entries; a match's
    words look up its label and id in the table. A title the roles table writes only in capitals
    is that title only when written so: "3 pm" is a time and "dig" a verb, never the prime minister
    or a deputy inspector general."""

    def __init__(self, nlp: Language) -> None:
        self.phrases = _compiled_phrases(nlp)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("gazetteer", [list(words) for words in self.phrases])
        self.string_ids: dict[tuple[int, ...], tuple[int, int]] = {}  # phrase -> its label and id, as string ids
        self.capitals = frozenset(hash_string(form.lower()) for form in gz.roles() if form.isupper())  # "PM", "DIG"

    def __call__(self, doc: Doc) -> Doc:
        lower = doc.to_array(LOWER).tolist()
        words = token_texts(doc)  # (the sentence component's list: ``doc[i].text`` builds a Token)
        spans = []
        found = [(start, end) for _key, start, end in self.matcher(doc)
                 if not (_acronym_plural(words, start, end) and self.phrases[tuple(lower[start:end])][0] != "NORP")
                 and not self._titled_code(words, start, end, lower)  # (a people's acronym in the plural is one: "OFWs")
                 and not _weekday_of_a_date(doc, words, start, end)
                 and not (start > 0 and words[start - 1] in _SAINTS)  # "St. Mary's": a saint's name, not the town "Mary"
                 and not _in_a_firms_name(words, start, end)  # "Quince (IoM) Ltd": the Isle of Man, no body
                 and not (end - start == 1 and lower[start] in self.capitals and not words[start].isupper())]
        for start, end in _longest_first(found):
            label, ident = self._ids(tuple(lower[start:end]), doc)
            spans.append(Ent(doc, start, end, label=label, span_id=ident))
        # (what ``doc.ents = spans`` does, less building each Span again; on a document no component has
        # annotated yet, the tokens outside the spans are left unannotated rather than each set "O": the
        # name finder next sets every token, and ``doc.ents`` reads both alike)
        doc.set_ents(spans, default="unmodified" if not doc.has_annotation("ENT_IOB") else "outside")
        doc.user_data[MATCHES_KEY] = spans  # for the name finder next (``doc.ents`` builds them again)
        return doc

    def _titled_code(self, words: list[str], start: int, end: int, lower: list[int]) -> bool:
        """"Uk Sokhom said", "Us workers were beaten": a country's two-letter code ("UK", "US") is
        listed only in capitals, and the matcher, blind to case, finds it in a word written with
        one capital, which is a name or an ordinary word, never the code (no country's name has
        two letters; nor "Usa", Cebuano for "one", is the USA)."""
        text = words[start]
        return end - start == 1 and (len(text) == 2 or text.lower() in _COUNTRY_ACRONYMS) and text[0].isupper() \
            and text[1:].islower() and self.phrases[tuple(lower[start:end])][0] == "COUNTRY"

    def _ids(self, words: tuple[int, ...], doc: Doc) -> tuple[int, int]:
        """A phrase's label and id as string ids, added to the vocabulary's strings once per phrase
        met (a Span given strings adds them again for every mention)."""
        ids = self.string_ids.get(words)
        if ids is None:
            label, ident = self.phrases[words]
            ids = self.string_ids[words] = (doc.vocab.strings.add(label), doc.vocab.strings.add(ident))
        return ids


def _in_a_firms_name(words: list[str], start: int, end: int) -> bool:
    """A bracketed word right before a company's head word ("Quince (IoM) Ltd", the gazetteer's
    company heads): part of the firm's registered name (here the Isle of Man), never a body's
    acronym (IOM)."""
    return 0 < start and end + 1 < len(words) and words[start - 1] == "(" and words[end] == ")" \
        and gz.heads().get(words[end + 1].lower(), ("", ""))[1] == "company"
#: Words of a saint's name that a place is named after ("St. Mary's", "San Jose" is listed whole)
_SAINTS = frozenset({"St.", "St", "Saint", "Ste.", "Sta.", "Sto.", "Sainte"})
#: Countries' acronyms of three letters or more, which a word with one capital is not: "Usa" (Cebuano "one")
_COUNTRY_ACRONYMS = frozenset({"usa", "uae", "prc", "rok", "dprk"})


def _acronym_plural(words: list[str], start: int, end: int) -> bool:
    """"told MPs", "NGOs said": capitals and a small "s" are an acronym's plural (Members of
    Parliament), which the matcher, blind to case, would take for one body ("MPS", China's
    Ministry of Public Security)."""
    if end - start != 1:
        return False
    text = words[start]
    return len(text) >= 3 and text[-1] == "s" and text[:-1].isupper() and text[:-1].isalpha()


def _weekday_of_a_date(doc: Doc, words: list[str], start: int, end: int) -> bool:
    """"Mon, 9 June 2025": a weekday's short name opening a date is no place (Myanmar's
    Mon State shares it): the word, a comma or none, then a day's number or a month."""
    if end - start != 1 or words[start] not in _WEEKDAYS:
        return False
    k = end + 1 if end < len(words) and words[end] in {",", "."} else end
    return k < len(doc) and (doc[k].like_num or doc[k].lower_ in _MONTHS)


#: Weekdays' short names, and the months a date may name after them
_WEEKDAYS = frozenset({"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})


def _longest_first(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spaCy's ``filter_spans`` on (start, end) pairs, so that only the kept matches become
    Spans: the longest match wins (the first of equal ones), the rest overlapping it go; in
    document order."""
    kept: list[tuple[int, int]] = []
    seen: set[int] = set()
    for start, end in sorted(found, key=lambda pair: (pair[1] - pair[0], -pair[0]), reverse=True):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
            seen.update(range(start, end))
    return sorted(kept)


def _compiled_phrases(nlp: Language) -> nlp_cache.Phrases:
    """The gazetteer phrase table, from the cache or compiled with this pipeline's tokenizer."""
    versions = (f"spacy {spacy.__version__}", f"pycountry {getattr(pycountry, '__version__', '?')}")

    def tokens(texts: list[str]) -> Iterable[list[int]]:
        """The phrases' words, with the tokenizer's chunk cache replaced after them: that cache
        keeps at most 10,000 chunks and the gazetteer's words fill it. Emptying it key by key
        (``_flush_cache``) leaves its count of entries as it was, so with 10,000 gazetteer chunks
        or more no chunk of any story read after a compile was ever cached again (eight times the
        tokenizer's time on the bench). Setting the rules, spaCy's public reset, gives the cache a
        new map (and reloads the same special cases: the same tokens)."""
        words = [[token.lower for token in doc] for doc in nlp.tokenizer.pipe(texts)]
        nlp.tokenizer.rules = nlp.tokenizer.rules
        return words

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

    patterns = ((p["pattern"], p["label"], p["id"]) for p in gazetteer_patterns())
    return nlp_cache.compiled_phrases(nlp_cache.fingerprint(versions),
                                      lambda: nlp_cache.compile_phrases(patterns, tokens, first_match))


def gazetteer_patterns() -> Iterable[dict[str, Any]]:
    """Ruler patterns from the gazetteers. Longer phrases win over shorter ones."""
    for place in gz.places():
        ident = f"{place.canonical}|{place.kind}|{place.country}"
        yield {"label": "PLACE", "pattern": place.name, "id": ident}
        if "'" in place.name:  # "O’Smach", "Pu’er": news sets the apostrophe as a typographer's quote
            yield {"label": "PLACE", "pattern": place.name.replace("'", "\u2019"), "id": ident}
    seen: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
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

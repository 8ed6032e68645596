"""Numbers in a counted phrase's place that count no people: a day written after its month ("March,
14"), a year at school or an age range ("grade 5 pupils", "aged 20 to 40"), the scale of an amount
("HK$25 million"), numbers paired "respectively", a span of time ("three weeks after"), a size ("a
12ha complex"), things a demonym describes ("45 Indonesian passports"). Apart from
``count_phrases.py``, which reads the phrases that do count people."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.number_places import LEARNERS, SCHOOL_YEARS
from scamgraph.loaders.news.written_numbers import WrittenNumbers


#: Things a demonym may describe after a number ("45 Indonesian passports", "four Vietnamese firms"):
#: the number counts them, no people
_OBJECTS = frozenset({"passport", "passports", "phones", "cards", "accounts", "firms", "companies", "websites",
                      "sim", "banks", "vessels", "boats", "vehicles", "licences", "licenses", "documents", "ids",
                      "permits", "visas", "papers", "numbers", "plates", "flags", "banknotes", "notes", "coins",
                      "books", "passbooks", "bankbooks"})
#: Words naming the kind of a thing before its noun: "Lao identity cards", "Thai bank accounts"
_OBJECT_KINDS = frozenset({"identity", "id", "bank", "mobile", "sim", "credit", "debit", "travel", "national", "phone",
                           "identification", "registration", "work", "residence", "driving", "driver's"})


def _things_end(lower: list[str], at: int, end: int) -> int:
    """Where the things a demonym ending before ``at`` describes end ("passports", "identity cards"), or 0."""
    if at < end and lower[at] in _OBJECTS:
        return at + 1
    return at + 2 if at + 1 < end and lower[at] in _OBJECT_KINDS and lower[at + 1] in _OBJECTS else 0


#: Months' names: a number right after one and a comma is its day ("flew back on March, 14 has been ...")
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                     "nov", "dec"})
#: Units of time: a number before one counts a span, never people ("three weeks after the US ...")
_SPANS_OF_TIME = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "decades", "nights"})

#: Units of size: a number before one measures a place, counts nothing ("a 12ha complex")
_MEASURES = frozenset({"ha", "hectare", "hectares", "acre", "acres", "sqm", "km", "km2", "kilometre", "kilometres",
                       "kilometer", "kilometers", "square", "metre", "metres", "meter", "meters", "storey", "story",
                       "storeys", "stories", "floors"})
#: Words that scale a number: "25 million"
_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"})


class UncountedNumbers(WrittenNumbers):
    """Numbers that count no people where a count could stand."""

    def _day_after_month(self, k: int, sent: Span) -> bool:
        """"flew back on March, 14 has been arrested": a day of the month written in figures after
        its month and a stray comma (not "In June, four more suspects were held"; not "on 5 August, 18 on
        12 August": a month that has its day before it)."""
        return k - 2 >= sent.start and self.lower[k - 1] == "," and self.lower[k - 2] in _MONTHS \
            and self.words[k].isdigit() and int(self.words[k]) <= 31 and self.lower[k - 3:k - 2] != ["in"] \
            and not (k - 3 >= sent.start and self.words[k - 3].isdigit())

    def _school_year(self, k: int, end: int, sent: Span) -> bool:
        """"a senior three student", "grade 5 pupils": the number names their year at school; "aged
        between 18 and 35", "aged 20 to 40", "between the ages of 18 and 30": both ends of an age range are ages."""
        if k > sent.start and self.lower[k - 1] in SCHOOL_YEARS and end < sent.end and self.lower[end] in LEARNERS:
            return True
        j = k - 1
        while j - 1 > sent.start and self.lower[j] in {"and", "to", "-", ","} and self.like_num[j - 1]:
            j -= 2  # the range's upper end, or a later age of a list ("aged 19, 22 and 25"): the first one's word decides
        if j >= sent.start and self.lower[j] == "between":
            j -= 1
        return j >= sent.start and (self.lower[j] == "aged" or self.lower[j] == "of" and self.lower[j - 1] in {"ages", "age"})

    def _scale_of_an_amount(self, k: int) -> bool:
        """The word at ``k`` is "million" (or another scale) right after an amount written in one
        token with its currency ("HK$25", "RM3"): no number of people of its own."""
        before = self.words[k - 1] if k > 0 else ""
        return self.lower[k] in _SCALES and any(ch.isdigit() for ch in before) \
            and any(ch.isalpha() or ch in "$€£¥₱฿₫₩" for ch in before)  # (not "1.3 billion")

    def _paired_respectively(self, k: int, limit: int) -> bool:
        """The numbers from ``k`` on run, past "and" and commas, into "respectively" (within eight words)."""
        for j in range(k, min(limit, k + 8)):
            if self.lower[j] == "respectively":
                return True
            if not (self.like_num[j] or self.lower[j] in {",", "and", "%", "per", "cent", "percent"}):
                return False
        return False

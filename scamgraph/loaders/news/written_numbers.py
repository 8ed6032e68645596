"""Numbers as written: the value of the number that opens a counted phrase ("a dozen", "one hundred
and thirty", "1,200"), and the numbers that count no people: an amount of money ("33 million USD",
"60,000 Thai baht"), an age ("a 19 year old"), a year, a percentage, a guess ("several thousand").
Kept apart from counts.py, which reads the noun phrase and the verb around such a number."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from scamgraph import gazetteer as gz
from scamgraph.loaders.numbers import number_value

#: Scale words that multiply the number before them ("two hundred")
_SCALES = {"hundred", "thousand"}
#: Scale words that never open a number of their own right after one
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "lakh", "lakhs", "crore", "crores"})
#: Words before a scale word that make the amount a guess ("several thousand", "a few hundred")
_GUESSES = frozenset({"several", "few", "some", "many"})
#: Words that make a number an amount of money.
_MONEY = {"usd", "dollars", "dollar", "$", "us$", "won", "yuan", "rmb", "baht", "riel", "riels", "pesos", "peso",
          "rupees", "ringgit", "euros", "€", "£", "pounds", "yen", "kyat", "dong", "rupiah",
          # the currencies of South Asia's and Africa's papers, and the Indian scale words ("Rs 25 lakh")
          "ksh", "kshs", "kes", "ugx", "shs", "shillings", "br", "birr", "ghs", "gh¢", "cedis", "₦", "naira", "ngn", "tk",
          "taka", "bdt", "npr", "pkr", "lkr", "inr", "rs", "rs.", "₹", "lakh", "lakhs", "crore", "crores", "php", "₱",
          "r$", "reais", "rand", "zar", "¥", "₩", "mmk", "lak", "kip", "thb", "vnd", "idr", "myr"}
#: Words after a number that make it an age ("a 19 year old")
_AN_AGE = (["year", "old"], ["years", "old"])
#: The same, hyphenated as the tokenizer splits it ("25-year-old")
_AN_AGE_HYPHENED = (["-", "year", "-", "old"], ["-", "years", "-", "old"])


def age_words(lower: list[str], j: int) -> int:
    """How many words after the number at ``j`` make it an age ("25 year old", "25-year-old"); 0 where none."""
    if lower[j + 1:j + 5] in _AN_AGE_HYPHENED:
        return 4
    return 2 if lower[j + 1:j + 3] in _AN_AGE else 0
#: Four digits in a row, which between 1900 and 2100 are a year
_FOUR_DIGITS = re.compile(r"\d{4}")
#: Words before "one of" N people that make the one an example of them, the N the act's people ("was one of 120")
_COPULAS = (["was"], ["is"], ["were"], ["are"], ["be"], ["been"], ["being"], ["as"], ["among"])


class WrittenNumbers:
    """The value of a written number of people (mixed into the count rules, which supply the
    document's words and text)."""

    lower: list[str]
    words: list[str]
    like_num: list[bool]
    idx: list[int]
    doc: Doc
    text: str

    def _a_dozen(self, k: int, limit: int) -> bool:
        """"a dozen Vietnamese nationals" is 12 of them; "dozens of" says no number."""
        return self.lower[k] == "a" and k + 2 < limit and self.lower[k + 1] == "dozen" and self.lower[k + 2] != "of"

    def _of_a_counted_whole(self, of: int, limit: int) -> bool:
        """"one | of (the) seven suspects": "of" and a number of people (a people noun or a demonym
        after it), whose part the one is."""
        j = of + 1 + (self.lower[of + 1:of + 2] == ["the"])
        return j + 1 < limit and self.like_num[j] and self.lower[j] != "one" \
            and (self.lower[j + 1] in gz.people_nouns() or self.doc[j + 1].ent_type_ == "NORP")

    def _number_at(self, k: int, limit: int) -> tuple[int | None, int]:
        like_num = self.like_num  # (a list read once per document: doc[k] builds a Token each time)
        if self._a_dozen(k, limit):
            return (6 if k > 0 and self.lower[k - 1] == "half" else 12), k + 2  # ("half a dozen Chinese": six)
        if not like_num[k] or self.lower[k] in {"one"} and k + 1 < limit and self.lower[k + 1] in {"of"} \
                and not (self._of_a_counted_whole(k + 1, limit) and self.lower[k - 1:k] not in _COPULAS):
            return None, k + 1  # ("one of the largest": no count; "One of the seven suspects was charged": a part
            # of them; "X was one of 120 Indonesians rescued": the 120 were rescued)
        if k + 2 < limit and self.words[k + 1] == "," and self.words[k + 2] == "000" and self.words[k].isdigit() \
                and len(self.words[k]) <= 3:
            return int(self.words[k]) * 1000, k + 3  # "13, 000 victims": a thousands comma set off by a space
        if self.words[k] == "000":
            return None, k + 1  # (the thousands of such a number, read with it)
        if k > 0 and self.lower[k - 1] in _GUESSES and self.lower[k] in _SCALES:
            return None, k + 1  # "Several thousand people were freed": a guess, no count
        if k > 0 and like_num[k - 1] and self.lower[k] in _SCALE_WORDS:
            return None, k + 1  # "KSh 2.5 | million": the scale of the number before it, no number of its own
        j = k + 1
        while j < limit and (like_num[j] and not age_words(self.lower, j)  # ("three 25-year-old men": three)
                             or self.words[j] == "-" and j + 1 < limit and like_num[j + 1]
                             or self.lower[j] in {"hundred", "thousand", "million", "dozen"}
                             or self.lower[j] == "and" and self.lower[j - 1] in _SCALES and j + 1 < limit and like_num[j + 1]):
            j += 1  # "one hundred and thirty": one number
        if j < limit and self.lower[j] in _MONEY or k > 0 and self.lower[k - 1] in _MONEY:
            return None, j  # "33 million USD", "$ 5,000": an amount, not people
        m = j
        while m < limit and m < j + 3 and self.doc[m].ent_type_ in {"NORP", "COUNTRY"}:
            m += 1
        if j < m < limit and self.lower[m] in _MONEY:
            return None, m  # "60,000 Thai baht", "8,000 Hong Kong dollars": a country's money, not its people
        if age_words(self.lower, j - 1):
            return None, j  # "a 19 year old Chinese man": an age, not people
        if j == k + 1 and "." in self.words[k].strip(".") and self.words[k][:1].isdigit() \
                and not (j < limit and self.lower[j] in _SCALE_WORDS):
            return None, j  # "Operation Kestrel 2.0": a version or a measure, never a number of people
        text = self.text[self.idx[k]:self.idx[j - 1] + len(self.words[j - 1])]  # (the Span's text)
        if _FOUR_DIGITS.fullmatch(text) and 1900 < int(text) < 2100:
            return None, j
        if "%" in text or (j < limit and self.words[j] in {"%", "percent", "per"}):
            return None, j
        return number_value(text), j

"""Where a list of people a person stands in starts and ends: past the names, ages, aliases, kin
and towns told with each ("A B, 36, C D alias E, his brother, F and two others were arrested"), so
that every listed person reads the verb the list shares. Apart from ``event_people.py``, which reads
what that verb did to them."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.named_objects import OTHERS_TOLD
from scamgraph.loaders.news.person_appositions import past_person_apposition
from scamgraph.loaders.news.state import _State
from scamgraph.loaders.news.words import _PEOPLE_WORDS
from scamgraph.loaders.nlp.listed_people import aside_opening
from scamgraph.loaders.nlp.vocabulary import ALIAS_WORDS

#: Kin told of a listed person in passing: "A, his brother, B, and C were arrested"
_KIN = frozenset({"brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "cousin", "nephew",
                  "uncle", "aunt", "brother-in-law", "sister-in-law"})
#: Words for those a listed person works a crime with, before the next name: "and associates | B"
_PARTNERS = frozenset({"associate", "associates", "accomplice", "accomplices", "aide", "aides", "partner", "partners",
                       "lieutenant", "lieutenants", "henchman", "henchmen", "deputy", "deputies"})


class ListedPeople(_State):
    """The bounds of a list of people told together."""

    def _last_listed(self, end: int, sent: Span) -> int:
        """Past the people listed after a person ("A B, C D and E F were arrested": from A B's end to
        E F's, and past the last one's age), where the verb they share follows; ``end`` itself when no
        one is listed after."""
        first = end
        while True:
            end = self._past_bare_aliases(end, sent)  # "A alias Sonu, B and C were charged": past A's other names
            if end > first:
                end = self._past_listed_apposition(end, sent)  # "..., and B, a Lotlandic national, were deported"
            k = end
            while k < sent.end and self.words[k] in {",", "and"}:
                k += 1
            if k + 2 < sent.end and self.lower[k] in {"his", "her", "their"} and self.lower[k + 1] in _KIN \
                    and self.words[k + 2] == ",":
                k += 3  # "A, his brother, B, and C": past the kin told of the one before
                while k < sent.end and self.words[k] in {",", "and"}:
                    k += 1
            if k == end and self.words[end - 1] != "," or k >= sent.end or self.doc[k].ent_type_ != "PERSON" \
                    or self.doc[k].ent_iob_ != "B":  # (after an age's closing comma the next name follows at once)
                return end
            end = k + 1
            while end < sent.end and self.doc[end].ent_iob_ == "I":
                end += 1
            if end + 2 < sent.end and self.words[end] == "," and self.like_num[end + 1] and self.words[end + 2] == ",":
                end += 3  # "Kevin Lau, 36, and Mark Chan, 31, were charged": past the last one's age

    def _past_listed_apposition(self, end: int, sent: Span) -> int:
        """Past the apposition of a person listed after the first ("A, a Lotlandic citizen, and B, a
        Borduric national, were deported": B's ", a Borduric national,"), so the verb the list shares
        follows; ``end`` itself when none is told. (The first person's own is passed by the caller.)"""
        passed = past_person_apposition(self.words, self.lower, end, sent.end, self.role_tokens)
        return passed if passed != end else end

    def _past_bare_aliases(self, end: int, sent: Span) -> int:
        """Past the other names told right after a listed person without brackets ("Arun Mehra alias
        Bittu alias Bablu, Kiran Das and ..."): each an alias word and one to three title-case words.
        Where the list goes on; ``end`` itself when no alias follows."""
        while end + 1 < sent.end and self.lower[end] in ALIAS_WORDS and self.words[end + 1][:1].isupper():
            k = end + 1
            while k < min(sent.end, end + 4) and self.words[k][:1].isupper() and self.words[k].isalpha():
                k += 1
            end = k
        return end

    def _before_bare_aliases(self, j: int, sent: Span) -> int:
        """Back from ``j`` (the last word before a list's comma) over the other names a listed person
        is told by without brackets ("Arun Mehra alias Bittu alias Bablu, | ..."): to the person's
        name, where an alias word follows it; ``j`` itself when none does."""
        k = j
        while True:
            m = k
            while m > sent.start and k - m < 3 and self.words[m][:1].isupper() and self.words[m].isalpha() \
                    and self.doc[m].ent_type_ != "PERSON":
                m -= 1
            if m == k or m <= sent.start or self.lower[m] not in ALIAS_WORDS:
                return k if self.doc[k].ent_type_ == "PERSON" else j
            k = m - 1

    def _past_others(self, end: int, sent: Span) -> int:
        """Past "and" and the unnamed people a person is told with ("A B and several other victims",
        "A B and two others", "A, B, and three others"), where the verb they share follows; ``end``
        itself when none are."""
        start = end + (self.lower[end:end + 2] == [",", "and"])  # (the serial comma)
        if self.lower[start:start + 1] != ["and"]:
            return end
        for k in range(start + 1, min(sent.end, start + 5)):
            if self.lower[k] in _PEOPLE_WORDS:
                return k + 1
            if not (self.like_num[k] or self.lower[k] in OTHERS_TOLD):
                return end
        return end

    def _first_listed(self, ent: Span, sent: Span) -> int:
        """Where the list a person closes or continues starts: back over the people before it, the
        commas and "and" between them, and their ages or aliases in brackets ("charged three men
        identified as A (aka B), C (32), and | D" starts at A; "30-year-old A and 45-year-old | B"
        at A), and the towns they are from. The person's own start when no one is listed before."""
        first = ent.start
        while True:
            j = first - 1
            if j - 4 > sent.start and self.lower[j - 3:j + 1] == ["-", "year", "-", "old"] and self.like_num[j - 4]:
                j -= 5  # "A and 45-year-old | B": past the listed one's age told before the name
            while j > sent.start and self.words[j] in {",", "and"}:
                j -= 1
            if j - 1 > sent.start and self.like_num[j] and self.words[j - 1] == ",":
                j -= 2  # "A, 30, and | B": past the listed one's age
            if j == first - 1 and j > sent.start and (self.lower[j] in _KIN or self.lower[j] in _PARTNERS):
                k = j - 1 - (self.lower[j - 1] in {"his", "her", "their"})  # "A, his son | B", "A and associates | B"
                while k > sent.start and self.words[k] in {",", "and"}:
                    k -= 1
                if k < j - 1 and self.doc[k].ent_type_ == "PERSON":
                    j = k
            if j > sent.start and self.words[j] == ")":
                opening = aside_opening(self.words, j, sent.start)
                j = (sent.start if opening is None else opening) - 1
            j = self._before_bare_aliases(j, sent)  # "A alias Bittu, | B": past the listed one's other names
            town = next((f for f in range(j, max(sent.start, j - 4), -1) if self.lower[f] in {"from", "of"}), None)
            if town is not None and town < j and self.doc[town - 1].ent_type_ == "PERSON" \
                    and all(w.isalpha() for w in self.words[town + 1:j + 1]):
                j = town - 1  # past the town a listed person is from: "A B from Vadodara, C D of Gopalganj"
            if j == first - 1 or j <= sent.start or self.doc[j].ent_type_ != "PERSON":
                return first
            while j > sent.start and self.doc[j].ent_iob_ == "I":
                j -= 1  # (to the listed name's first word)
            first = j

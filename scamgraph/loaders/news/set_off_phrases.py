"""Phrases set off between counted people and their verb: a list the count opens ("the suspects,
50 Chinese and 13 Thais, | were deported"), a breakdown of a total ("73 foreigners, comprising 55
Vietnamese, ... | were deported") or an apposition ("12 Chinese men, also casino staff, were
deported"). Kept apart from governing.py, which reads the verb once these tell where it stands."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.words import _BE

#: Words that open the breakdown of a total told after it: "73 foreigners, comprising 55 Vietnamese, ...".
_BREAKDOWN_OPENERS = {"including", "comprising", "consisting", "made", "among", "mostly", "mainly", "largely",
                      "namely",
                      # people told beside the counted ones: "30 Chinese, together with four Cambodians, were arrested"
                      "together", "along", "alongside", "plus"}
#: Words that tell what a group is made of ("The batch, consisting of 23 Filipinos, ..."), and nouns of such groups
_MADE_OF = frozenset({"consisting", "comprising", "composed", "made"})
_GROUP_NOUNS = frozenset({"batch", "group", "contingent", "cohort", "team", "flight", "wave", "lot"})
#: Marks that close a list of counted people set off before its verb, and the words such a list holds.
_CLOSING_MARKS = {",", "--", "—", "–"}
#: Dashes that set an aside off
_DASHES = frozenset(_CLOSING_MARKS - {","})
_LIST_WORDS = {"and", ",", "from", "the", "of", "mainland", "nationals", "citizens",
               "a", "man", "woman", "boy", "girl"}  # (one person closing it: "three men and a woman")


class SetOffPhrases:
    """Where a phrase set off after counted people closes before their verb (mixed into the
    governing-verb rules, which supply the document's words)."""

    lower: list[str]
    words: list[str]
    like_num: list[bool]
    doc: Doc

    def _list_closed(self, count: _Count, sent: Span) -> int | None:
        """Where a list of counted people that this count opens closes before its verb: "the
        suspects, 30 Zorvanians and 8 Thais, | were deported", "-- 30 from the Zorvanian mainland and 8
        from Merrow -- | were brought back"; None where other words come first."""
        for j in range(count.end, min(sent.end - 1, count.end + 30)):
            if self.words[j] in _CLOSING_MARKS and (self.lower[j + 1] in _BE or self.lower[j + 1] in _COUNT_VERBS):
                return j if j > count.end else None
            if not (self.like_num[j] or self.lower[j] in _LIST_WORDS or self.doc[j].ent_type_ in {"NORP", "COUNTRY"}
                    or self.lower[j] in gz.people_nouns() or self._as_well_as(j)):
                return None
        return None

    def _dash_closed(self, count: _Count, sent: Span) -> int | None:
        """Where an aside set off by dashes right after the counted people closes before their verb:
        "Three Cambodian nationals — Dara, 36, Vuthy, 23, and Kosal, 37 — were apprehended" (the
        names and ages of the people counted); None where no such aside stands there."""
        k = count.end
        if k >= sent.end or self.words[k] not in _DASHES:
            return None
        for j in range(k + 1, min(sent.end - 1, k + 30)):
            if self.words[j] in _DASHES:
                return j if self.lower[j + 1] in _BE or self.lower[j + 1] in _COUNT_VERBS else None
            if self.words[j] in {";", ":", "(", ")"}:
                return None
        return None

    def _as_well_as(self, j: int) -> bool:
        """A word of "as well as" joining two items: "four Australians, as well as three Germans"."""
        return any(self.lower[k:k + 3] == ["as", "well", "as"] for k in range(max(0, j - 2), j + 1))

    def _breakdown_closed(self, count: _Count, sent: Span) -> int | None:
        """Where the breakdown after a total closes: "73 foreigners, comprising | including | made up
        of 55 Vietnamese, ... and one Liberian, | were deported" (the comma before the verb), or None."""
        k = count.end
        if k + 2 >= sent.end or self.words[k] != "," or self.lower[k + 1] not in _BREAKDOWN_OPENERS:
            return None
        for j in range(k + 2, min(sent.end - 1, k + 40)):
            if self.words[j] == "," and (self.lower[j + 1] in _BE or self.lower[j + 1] in _COUNT_VERBS):
                return j
            if self.words[j] in {";", ":", "(", ")"}:
                return None
        return None

    def _group_made_of_closed(self, count: _Count, sent: Span) -> int | None:
        """Where an aside that tells what a group told before it is made of closes before the group's
        verb: "The second batch, also consisting of 23 Filipinos, | arrived in Manila" (the people are
        the group, so its verb is theirs), or None."""
        k = count.start - 1
        while k > sent.start and self.lower[k] in {"of", "up"}:
            k -= 1
        if k <= sent.start + 1 or self.lower[k] not in _MADE_OF:
            return None
        k -= 1 + (self.lower[k - 1] == "also")
        if self.words[k] != "," or self.lower[k - 1] not in _GROUP_NOUNS:
            return None
        for j in range(count.end, min(sent.end - 1, count.end + 20)):
            if self.words[j] == ",":
                return j if j + 1 < sent.end and self.lower[j + 1] not in {"and", "who", "which"} else None
            if not (self.like_num[j] or self.lower[j] in _LIST_WORDS or self.doc[j].ent_type_ in {"NORP", "COUNTRY"}
                    or self.lower[j] in gz.people_nouns()):
                return None
        return None

    def _apposed_before_verb(self, comma: int, sent: Span) -> bool:
        """"12 Chinese men, also casino staff, were deported", "five Bolivians, reportedly blacklisted
        workers of a gaming firm (GF), were freed": an apposition with no verb of its own (a
        participle after its adverb describes the noun, and such an aside may run to 16 words; numbers
        are their ages after "aged"), closed by a comma right before the people's passive verb."""
        if comma + 1 >= len(self.lower):
            return False  # (the text stops at the comma)
        described = comma + 2 if self.lower[comma + 1].endswith("ly") else -1
        aged = self.lower[comma + 1] in {"aged", "ages", "age", "all"}  # ", aged 18-30,": their ages, no count of its own
        for j in range(comma + 1, min(sent.end - 2, comma + (16 if described > 0 else 10))):
            if self.lower[j] in _COUNT_VERBS and j != described or self.like_num[j] and not aged:
                return False
            if self.words[j] == ",":
                return self.lower[j + 1] in {"were", "was", "have", "had"} and j > comma + 1
        return False

    def _apposition_end(self, comma: int, sent: Span) -> int | None:
        """"21 Bolivians, victims of a job fraud, landed in Bolivia": the comma that closes a noun
        phrase of people set off after counted people (no verb or number of its own), or None."""
        k = comma + 1
        if k + 2 < sent.end and self.lower[k] in _SHARES and self.lower[k + 1:k + 3] == ["of", "them"]:
            # ("92 Kenyans, many of them still shaken by months of abuse, landed": said of some of them)
            return self._closing_comma(k + 3, comma + _MOST_RELATIVE_WORDS, sent)
        if k < sent.end and self.lower[k] in {"the", "all", "mostly", "mainly", "many", "most"}:
            k += 1
        if k >= sent.end or self.lower[k] not in gz.people_nouns():
            return None
        for j in range(k + 1, min(sent.end - 1, comma + 12)):
            if self.lower[j] in _COUNT_VERBS or self.like_num[j] or self.words[j] in {";", ":", "(", ")"}:
                return None
            if self.words[j] == ",":
                return j
        return None

    def _relative_end(self, comma: int, sent: Span) -> int | None:
        """"The 12 Zorvanians, who had been kept in a compound in Merrow, landed in Lotville": the
        comma that closes a relative clause set off after counted people (one with no number of its
        own), or None."""
        if comma + 1 >= sent.end or self.lower[comma + 1] not in {"who", "whom"}:
            return None
        return self._closing_comma(comma + 2, comma + _MOST_RELATIVE_WORDS, sent)

    def _closing_comma(self, start: int, most: int, sent: Span) -> int | None:
        """The comma that closes a set-off phrase from ``start`` (before ``most``), or None where a
        number or a stronger stop comes first."""
        for j in range(start, min(sent.end - 1, most)):
            if self.like_num[j] or self.words[j] in {";", ":", "(", ")"}:
                return None
            if self.words[j] == ",":
                return j
        return None


#: Words of a share of the counted people that "of them" follows: "many of them", "most of them"
_SHARES = frozenset({"many", "most", "some", "all", "several", "half", "few", "none", "both"})
#: The most tokens a relative clause set off after counted people runs to, its commas included
_MOST_RELATIVE_WORDS = 20

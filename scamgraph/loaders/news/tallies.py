"""Counts that are no single event: a running tally ("so far", "to date", "cumulative") or a rate
("typically", "500 a month"), read from the words around the number."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.numbers import number_words

#: Word pairs that make a number a running tally: "so far", "to date", "thus far", "as of".
_TALLY_PAIRS = {("so", "far"), ("to", "date"), ("thus", "far"), ("as", "of")}
_UNTIL_NOW = {("until", "now"), ("till", "now"), ("through", "now")}
#: The present perfect after a count ("have been", "have now been"): with "now" or "in all" it tells
#: a tally over time, not the count of one act ("57 have been arrested in the raid" is one)
_PERFECT = {("have", "been"), ("has", "been"), ("have", "now"), ("has", "now")}
#: Word pairs before a number it is set against: "compared with 12", "up from 12"
_SET_AGAINST = frozenset({("compared", "with"), ("compared", "to"), ("up", "from"), ("down", "from"),
                          ("comparison", "with"), ("comparison", "to")})
#: Words that make "as many as" a comparison, not a rough number ("as many as 40 were freed")
_MULTIPLES = frozenset({"twice", "thrice", "times", "half"})
#: Words that make a number a rate: "typically", "on average", "500 a month", "per year".
#: Nouns an item of a list of counted peoples may end with: "25 Chinese nationals"
_LISTED_NOUNS = frozenset({"nationals", "citizens", "men", "women", "people", "workers", "suspects", "victims"})
_HABITUAL = {"typically", "usually", "average", "annually", "monthly", "weekly", "daily", "routinely", "regularly"}
_TIME_UNITS = {"day", "week", "month", "year"}
#: Words after "a week" that make it a time past or to come, not a rate: "a week ago", "a month later".
_SINCE_THEN = {"ago", "earlier", "later", "before", "after", "afterwards", "prior"}


class Tallies:
    """Tells a tally or a rate from the count of one act (mixed into the governing-verb rules,
    which supply ``lower``, ``words`` and ``like_num``, the document's words)."""

    lower: list[str]
    words: list[str]
    like_num: list[bool]

    def _countries_after(self, count: _Count, sent: Span) -> int:
        """How many countries the count's clause names after it (to its first full stop, semicolon or
        other number), as places: not one whose body speaks ("..., Uzbekistan's Foreign Ministry said")."""
        stop = next((k for k in range(count.end, sent.end) if self.words[k] in {";", "."} or self.like_num[k]), sent.end)
        # (up to another number: "two agents held for sending 40 youths from India, Nepal and Kenya": the
        # countries are the 40's)
        doc = self.doc  # type: ignore[attr-defined]
        return len({doc[k].ent_id_ for k in range(count.end, stop) if doc[k].ent_type_ == "COUNTRY"
                    and self.words[k + 1:k + 2] not in (["'s"], ["’s"])})

    def _running_total(self, count: _Count, sent: Span) -> bool:
        """"have so far rescued 116 Malaysians", "1,200 deported to date": a tally over time; "typically
        deports 500 a month": a rate; neither is one event."""
        if self._compared_or_totalled(count, sent) or self._among_a_tally(count, sent):
            return True
        words = self.lower[max(sent.start, count.start - 8):min(sent.end, self._list_end(count, sent) + 5)]
        pairs = set(pairwise(words)) - _bounded_so_far(words)
        opening = tuple(self.lower[sent.start:sent.start + 2])  # ("So far, India's mission has helped free 912")
        if pairs & _TALLY_PAIRS or opening in _TALLY_PAIRS or "cumulative" in words \
                or _over_several(self.lower[count.start:min(sent.end, count.end + 8)]) \
                or _over_the_period(self.lower[count.end:min(sent.end, count.end + 8)]):
            return True  # ("a total of 162 were detained over the two days": the sum of the acts told before)
        if self._a_years_row(count, sent):
            return True  # "50 in 2021/22, 90 in 2022/23 and 120 in 2023/24": each a year's sum, no act of a day
        if _from_a_year_on(self.lower[count.end:min(sent.end, count.end + 10)]):
            return True  # "530 Malaysians were rescued from 2021 to May 30": the sum over years, no one act
        after = set(pairwise(self.lower[count.end:min(sent.end, count.end + 6)]))
        further = not {"another", "further", "additional"}.isdisjoint(self.lower[max(sent.start, count.start - 2):count.start])
        if after & _PERFECT and (("in", "all") in pairs or "altogether" in words or ("now", "been") in after and not further):
            return True  # "900 Ethiopians have now been repatriated", "In all, 2,100 have been detained" (not "Another
            # (as "in all", "altogether" alone sums one act's people: "Altogether 52 were held: ..." is the raid's)
            # 13 Filipinos have now been repatriated": a group of its own; and a count "since" a day is a
            # campaign's, an event of its own: "12,586 have been detained since January")
        if after & _PERFECT and self._countries_after(count, sent) >= 3:
            return True  # "3,900 citizens have been rescued from syndicates in Myanmar, Cambodia, Laos and Vietnam": a tally
        whole = self.lower[sent.start:sent.end]
        if self._habitual(sent) or "now" in whole and _UNTIL_NOW & set(pairwise(whole)) and {"from", "since"} & set(whole):
            return True  # ("from the start of 2022 until now, ... has received more than 700": a tally)
        return not _TIME_UNITS.isdisjoint(whole) and any(  # (the pairs are read only where a unit of time is)
            a in {"a", "per", "each", "every"} and b in _TIME_UNITS and c != "-" and not (a == "a" and c in _SINCE_THEN)
            and not self._rate_of_another(sent.start + i, count)
            for i, (a, b, c) in enumerate(zip(whole, whole[1:], [*whole[2:], ""])))  # not "a month-long", "a week ago"

    def _a_years_row(self, count: _Count, sent: Span) -> bool:
        """The count is told "in" a year (or a budget year, "2021/22") in a sentence that lists two or
        more counts so, a breakdown by year: "rescued 50 in 2021 and 90 in 2022"."""
        rows = [k for k in range(sent.start + 1, sent.end - 1) if self.like_num[k] and _year_after_in(self.lower, k, sent.end)]
        return len(rows) >= 2 and any(count.start <= k < max(count.end, count.start + 1) + 2 for k in rows)

    def _compared_or_totalled(self, count: _Count, sent: Span) -> bool:
        """"compared with 12 Malaysians rescued in January", "up from 12 last year": a figure the
        act is set against; "bringing the total this year to 400 Chinese", "bringing to 400 the
        number of Chinese arrested": the new total. Neither counts the people of the act told."""
        before = self.lower[max(sent.start, count.start - 7):count.start]
        if before[-1:] == ["the"]:
            before = before[:-1]  # ("compared with the 12 ...", "twice as many as the six ...")
        if tuple(before[-2:]) in _SET_AGAINST:
            return True
        if before[-3:] == ["as", "many", "as"] and not _MULTIPLES.isdisjoint(before[:-3]):
            return True  # "twice as many as the six Kenyans rescued in May"
        while before and before[-1] in _ROUGHLY:
            before = before[:-1]  # ("pushing the year's total to over 800 returns", "to more than 7,000")
        return before[-1:] == ["to"] and not _BRINGING.isdisjoint(before) \
            and not (_TOTALS.isdisjoint(before) and _TOTALS.isdisjoint(self.lower[count.start + 1:count.start + 4]))

    def _among_a_tally(self, count: _Count, sent: Span) -> bool:
        """"The nine are among the 60 workers who have been freed this year": people told before are
        part of a larger group whose number sums many acts up to now (the perfect tense of its relative
        clause), so that number is the whole so far, not the people of one act."""
        before = self.lower[max(sent.start, count.start - 2):count.start]
        if "among" not in before:
            return False
        after = self.lower[count.end:min(sent.end, count.end + 6)]
        return any(a in {"who", "that"} and b in {"have", "has", "had"} for a, b in pairwise(after))

    def _list_end(self, count: _Count, sent: Span) -> int:
        """Where a list of counted peoples that ``count`` opens ends: "90 Indians and 25 Chinese |
        have been arrested so far" (the tally word after the list is every item's)."""
        j = count.end
        while j + 1 < sent.end and self.lower[j] in {",", "and"} and self.like_num[j + 1]:
            j += 2
            while j < sent.end and (self.words[j][:1].isupper() or self.like_num[j] or self.lower[j] in _LISTED_NOUNS):
                j += 1
        return j

    def _rate_of_another(self, at: int, count: _Count) -> bool:
        """"rescued two men, who were made to work 16 hours a day": the rate at ``at`` is of the
        number and noun right before it, another number than the people counted."""
        k = at - 2
        return k >= 0 and self.like_num[k] and not count.start <= k < count.end

    def _habitual(self, sent: Span) -> bool:
        """"typically", "daily": a rate, unless the word is capitalised inside the sentence, where it
        is part of a name ("the China Daily reported")."""
        if _HABITUAL.isdisjoint(self.lower[sent.start:sent.end]):
            return False  # (most sentences: no such word to look at)
        return any(self.lower[k] in _HABITUAL and not (k > sent.start and self.words[k][:1].isupper())
                   for k in range(sent.start, sent.end))


#: Verbs that carry a total up to a new figure: "bringing the number of foreigners handed over to 7,000".
_BRINGING = frozenset({"bringing", "brings", "brought", "taking", "takes", "pushing", "raising", "swelling", "swells", "lifting",
                       "boosting", "putting"})
_TOTALS = frozenset({"number", "total", "tally", "count", "toll"})
#: Words of a rough figure between "to" and the new total's number: "to over 800", "to more than 7,000"
_ROUGHLY = frozenset({"over", "more", "than", "nearly", "almost", "about", "around", "roughly", "some", "least", "at",
                      "approximately", "close", "upwards", "of"})


#: A year, or a budget year across two ("2021/22", "2021/2022")
_A_YEAR = re.compile(r"(?:19|20)\d\d(?:/\d{2}(?:\d{2})?)?")


def _year_after_in(lower: list[str], k: int, end: int) -> bool:
    """The number at ``k`` is followed, a participle or "so far" between at most, by "in" and a year."""
    for j in range(k + 1, min(end - 1, k + 4)):
        if lower[j] == "in":
            return bool(_A_YEAR.fullmatch(lower[j + 1])) and not _A_YEAR.fullmatch(lower[k])
        if not lower[j].isalpha():
            return False
    return False


def _from_a_year_on(words: list[str]) -> bool:
    """"from 2021 to May 30", "between 2022 and this week": a span that opens on a whole year."""
    return any(a in {"from", "between"} and len(b) == 4 and b.isdigit() and c in {"to", "until", "through", "and"}
               for a, b, c in zip(words, words[1:], words[2:]))


def in_a_total(lower: list[str], i: int, start: int) -> bool:
    """The act word at ``i`` stands in a clause that carries a total to a new figure ("..., bringing
    the number of foreigners handed over since early February to more than 7,000"): it names what
    the total counts, no act of its own (and its "since" is the total's, not this act's day)."""
    for k in range(i - 1, max(start - 1, i - 10), -1):
        if lower[k] in {",", ";", "."}:
            return False
        if lower[k] in _TOTALS and _BRINGING.intersection(lower[max(start, k - 4):k]):
            return True  # ("bringing the (overall) (total) number of")
    return False


#: Numbers of days or acts a sum is told over ("over the two days", "in the three raids")
_SEVERAL = number_words(2, 7) | {"both", "several", "past"}
_SPANS = frozenset({"days", "nights", "weeks", "raids", "operations", "sweeps", "flights", "batches"})


def _over_several(words: list[str]) -> bool:
    """"over the two days", "across the three raids", "in the two operations": a count told over
    several days or acts the story told before ("the") is their sum, no one act's ("detained 600 in
    raids over two days" tells a roundup: one event, as the guidelines count a campaign)."""
    return any(a in {"over", "across", "during", "in", "from"} and b in {"the", "these", "those", "both"}
               and (c in _SEVERAL or c.isdigit() and int(c) > 1) and d in _SPANS
               for a, b, c, d in zip(words, words[1:], words[2:], [*words[3:], ""]))


#: Words that open the period a sum is told over: "during this period", "over the same period"
_THROUGH = frozenset({"during", "over", "in", "within", "across", "throughout"})


def _over_the_period(words: list[str]) -> bool:
    """"The embassy has also rescued 74 Zorvanians during this period": a sum over the span the story
    told before (years, most often), no act of a day; it does not add to a raid told before it."""
    for k, word in enumerate(words):
        before = [w for w in words[max(0, k - 3):k] if w != "same"]  # ("over the same period")
        if word == "period" and len(before) >= 2 and before[-1] in {"this", "that", "the"} and before[-2] in _THROUGH:
            return True
    return False


#: Spans that bound "so far" to a period the story dates: "so far this month" is the month's act
_THIS_PERIODS = frozenset({"month", "week", "year"})


def _bounded_so_far(words: list[str]) -> set[tuple[str, str]]:
    """{("so", "far")} when every "so far" in ``words`` is "so far this month/week/year": the
    period's count (an event dated by that period), not a running total over all time."""
    at = [k for k in range(len(words) - 1) if words[k:k + 2] == ["so", "far"]]
    if at and all(words[k + 2:k + 3] == ["this"] and words[k + 3:k + 4] and words[k + 3] in _THIS_PERIODS for k in at):
        return {("so", "far")}
    return set()

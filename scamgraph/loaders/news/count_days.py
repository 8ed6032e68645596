"""Which day the act of a count takes: not a day told in a relative clause on the counted people
("41 Thais, who will be deported next week"), the own day of a further batch ("with another 52
rescued on June 17"), a round of the act on each day ("30 deported on September 8, 20 on
September 9"), a batch of a whole told before. Apart from ``counts.py``, which gives each count
its act and asks here for the act's day."""

from __future__ import annotations

from typing import Any

import re

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.another_day import own_day
from scamgraph.loaders.news.bare_numbers import PLAIN_PEOPLE as _PLAIN_PEOPLE
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.reduced_relatives import _CLAUSE_AUXILIARIES, _IRREGULAR_PARTICIPLES
from scamgraph.loaders.news.state import _Count, _Event, _State
from scamgraph.loaders.news.timing import _said_on
from scamgraph.loaders.news.total_spans import running_period, spans_of_totals
from scamgraph.model import Evidence, RelType


#: What ends a batch's own clause before its day: a comma, a semicolon or " and " (compiled once)
_CLAUSE_BREAK = re.compile(r"[,;]| and ")
#: How many times a batch's number the whole told before must be for the batch to be no retelling of it
_BATCH_SHARE = 1.5
#: Relative pronouns that open a clause on counted people ("who were arrested on Monday")
_RELATIVE_WORDS = frozenset({"who", "whom"})
#: A relative clause opened after the counted people: ", who will be deported in the coming weeks".
_LATER_CLAUSE = re.compile(r",\s*(?:who|which|whom)\b[^,;]*$", re.I)  # (not closed before the date)


def _in_a_later_clause(text: str, count_at: int, date_start: int) -> bool:
    """The date stands in a relative clause opened after the count ("41 Thais, who will be deported in
    the coming weeks"): it is that clause's day, not the day of the act the count belongs to."""
    return date_start > count_at and bool(_LATER_CLAUSE.search(text[count_at:date_start]))


class CountDays(_State):
    """The day of the act a count belongs to."""

    _nationality: Any

    def _batchs_own_day(self, count: _Count, dates: list[DateMention]) -> DateMention | None:
        """The day told after "another 52" or "52 more" in its own clause ("31 freed on June 11, with
        another 52 rescued near the frontier on June 17"): the second batch's day, or None."""
        end, text = self.idx[count.end - 1], self.article.text
        return next((d for d in dates if d.start > end and not d.period and d.value and not _said_on(d, text)
                     and not _CLAUSE_BREAK.search(text[end:d.start])), None)  # (its own clause: not ", and on Tuesday 25 ...")

    def _gapped_round(self, count: _Count, dates: list[DateMention], previous: tuple[RelType | None, str, _Event]) -> bool:
        """The count, after one told with its verb and day, has a day of its own right beside it and no
        verb: "... deported on September 8, 20 Cambodians on September 9" (after a comma, "and" or "followed
        by": not
        "... following withdrawals by 12 Chinese tourists in February", other people's doings)."""
        joined = self.lower[count.start - 1] in {",", "and", ";"} or self.lower[count.start - 2:count.start] == ["followed", "by"]
        return joined and own_day(self.lower, self.idx, count.start, count.end, dates, previous[2].date, self.words) is not None

    def _another_days_act(self, count: _Count, previous: tuple[RelType | None, str, _Event], written: list[DateMention],
                          counted: list[tuple[str, int]], ev: Evidence) -> None:
        """"arrested 27 Chinese on Monday and another 13 on Tuesday": the further group is the same
        act done on the day told after it, an event of its own; its people are of the nationality
        it names, else of the one the sentence counted before it."""
        rel, key, event = previous
        day = next((d for d in written if d.start > self.idx[count.end - 1] and d.value), None)
        if rel is None or day is None:
            return
        other = self._event(event.type, day, fresh=True)  # type: ignore[attr-defined]
        other.counts[key] = max(count.value, other.counts.get(key, 0))
        nat = self._nationality(count.nationality) if count.nationality else None
        told = {code for code, _value in counted}
        bare = all(self.like_num[i] or self.lower[i] in _PLAIN_PEOPLE or self.lower[i] == "more"
                   for i in range(count.start, count.end))
        # ("another 58 people", "90 more": them; "another 30 foreigners": not them)
        target = nat.key if nat is not None else next(iter(told)) if len(told) == 1 and bare else None
        if target is not None:
            self._edge(rel, other.node.key, target, ev, count=count.value)

    def _batch_of_the_told(self, event: _Event, key: str, value: int, sent: Span) -> bool:
        """The event, told undated before with a count of ``key``, took its day from this sentence,
        which counts far fewer people for it: one batch of the whole told before ("Nepal brought back
        412 ... The government arranged the repatriation of 190 yesterday"), not the whole's day."""
        told = event.counts.get(key, 0)
        return self.dated_in.get(id(event)) == sent.start and told >= _BATCH_SHARE * value and value > 0

    def _days_of_the_act(self, count: _Count, sent: Span, dates: list[DateMention]) -> list[DateMention]:
        """The sentence's days that may date the act a count belongs to: not those inside a relative
        clause on the counted people, which tell their past, their later fate or an act of their own
        ("41 Thais, who will be deported next week"; "47 Indians who were rescued on Monday | landed
        on Wednesday"; "held with two others, both of whom were arrested on Monday")."""
        own = [d for d in dates if not _in_a_later_clause(self.article.text, self.idx[count.end - 1], d.start)]
        clause = self._their_clause(count, sent)
        own = [d for d in own if clause is None or not clause[0] <= d.start < clause[1]] or own
        trailing = self._their_own_act(count, sent)
        own = [d for d in own if trailing is None or not trailing[0] <= d.start < trailing[1]]
        return self._beside_the_totals(count, sent, dates, own)

    def _total_span(self, count: _Count, sent: Span, dates: list[DateMention]) -> DateMention | None:
        """The running period written right after the count's own phrase ("more than 600 rescued since
        January"; not "95 people this week", the week of one operation), else None: the count is a total over it, an act of its own beside the day's."""
        held = spans_of_totals(self.lower, self.like_num, self.idx, sent.start, sent.end, dates)
        mine = [d for k, d in held.items() if count.start <= k < count.end and running_period(d)]
        return mine[0] if mine else None

    def _beside_the_totals(self, count: _Count, sent: Span, dates: list[DateMention],
                           own: list[DateMention]) -> list[DateMention]:
        """"The 45 rescued on Monday are among 600 rescued since January": a period written right after
        the count's own phrase is its day (the total's), and a span another number of the sentence holds
        as its own ("Of the 2,300 deported this year, 300 ...") dates that total, not this count's act."""
        if (mine := self._total_span(count, sent, dates)) is not None:
            return [mine]
        left = {id(d) for d in self._dates_not_held(count, sent, dates)}
        mine = [d for d in own if id(d) in left]
        return mine if any(not _said_on(d, self.article.text) for d in mine) else own
        # (where no day of an act is left, "told yesterday that 20 ... since January, of which 10 had
        # returned", the count is a part of the total, over its span)

    def _dates_not_held(self, count: _Count, sent: Span, dates: list[DateMention]) -> list[DateMention]:
        """The sentence's dates less the spans other numbers hold as their totals' ("Of the 2,300
        deported this year, 300 were flown out on Thursday": "this year" is not the 300's)."""
        held = spans_of_totals(self.lower, self.like_num, self.idx, sent.start, sent.end, dates)
        others = {id(d) for k, d in held.items() if not count.start <= k < count.end}
        return [d for d in dates if id(d) not in others]

    def _held_by_another(self, count: _Count, sent: Span, dates: list[DateMention], day: DateMention) -> bool:
        """The day is a span another number of the sentence holds as its total's ("Of the 2,300 deported
        this year, 300 were flown out on Thursday"): no day of this count's act."""
        return not any(d is day for d in self._dates_not_held(count, sent, dates))

    def _their_clause(self, count: _Count, sent: Span) -> tuple[int, int] | None:
        """Where a relative clause on the counted people runs, from its "who" to the sentence's own
        verb group after it (characters), else None: a day inside it is their past's, not their act's."""
        w = count.end + (count.end < sent.end and self.words[count.end] == ",")
        if w + 2 >= sent.end or self.lower[w] != "who":
            return None
        p = next((k for k in range(w + 1, min(sent.end, w + 4))
                  if self.lower[k].endswith("ed") or self.lower[k] in _IRREGULAR_PARTICIPLES
                  or self.lower[k] not in _CLAUSE_AUXILIARIES and self.lower[k].isalpha()), None)
        # ("who were held", "who broke out of the Amber Wren compound last month | were flown home")
        group = self._own_verb_group(p, sent) if p is not None else None  # type: ignore[attr-defined]
        return (self.idx[w], self.idx[group]) if group is not None else None

    def _their_own_act(self, count: _Count, sent: Span) -> tuple[int, int] | None:
        """"Somsak and Noi were held at a camp with two others, both of whom were arrested on Monday":
        a relative clause after the count, on people of the sentence, that tells an act of their own
        and runs to the sentence's end or a comma; its day is that act's, not the act the count
        belongs to. Where it runs (characters), else None."""
        for w in range(count.end, sent.end - 1):
            if self.lower[w] not in _RELATIVE_WORDS or self.lower[w - 1] not in {",", "of"}:
                continue
            p = next((k for k in range(w + 1, min(sent.end, w + 4)) if self.lower[k] not in _CLAUSE_AUXILIARIES), None)
            if p is None or EVENT_TRIGGERS.get(self.lower[p]) is None or self._own_verb_group(p, sent) is not None:  # type: ignore[attr-defined]
                return None
            stop = next((k for k in range(p + 1, sent.end) if self.words[k] in {",", ";"}), None)
            return self.idx[w], (self.idx[stop] if stop is not None else sent.end_char)
        return None

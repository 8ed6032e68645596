"""People told before, said to be among a larger group an earlier act was done to:

    Peru deported 40 Chileans on Friday. The deportees were among some 300 workers rounded up
    in a raid on a call centre in May.

"The deportees" (or "Those deported", "The 40", "The 40 individuals, all from Chile,") refers back
to people the story has just counted ("were part of" says the same as "were among"); the larger
group after "were among" is the object of an earlier act (its participle: "rounded up",
"arrested", "detained", "rescued"), so that act was done to these people too, and their number
is the one told before. The group's own number counts the whole group, never these people
(grammar: "A were among B" makes A a part of B). Where the group is of the same nationality as
the people ("among 300 Chileans detained"), the group's own count is read by the count rules and
this rule adds nothing.

A part of those people may be the one told of: "Of those deported, 30 were part of the 300 workers
rounded up in May" (or "Of them,", "Of the total,"): the act was done to the 30, of the nationality
of the people they are a part of, and the edge takes their number, never the group's.

Read only in sentences that open with "the", "those" or "of" and hold "among" or "part" (anchor words)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from scamgraph.loaders.news.bare_numbers import _KEY_ACTS, _VICTIM_ACTS, BareNumbers
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.numbers import number_value
from scamgraph.model import Evidence, RelType

#: Plural nouns that refer back to people an act was done to: "The deportees were among ...".
_BACK_NOUNS = frozenset({"deportees", "returnees", "repatriates", "detainees", "evacuees", "suspects", "individuals",
                         "victims", "people", "workers", "nationals", "citizens", "men", "women", "foreigners"})
#: Earlier acts a larger group may have undergone.
_GROUP_ACTS = frozenset({RelType.ARRESTED, RelType.DETAINED, RelType.RESCUED})
#: The most words between "among" and the participle of the group's act.
_GROUP_SPAN = 14
#: Words that end the group before any act: a clause of its own or another sentence part.
_GROUP_ENDS = frozenset({"who", "which", "that", "whom", "were", "was", "are", "is", "have", "had", ";", ":", "."})
#: Words between "of" and the comma of an opening that parts the people told before: "Of those deported,",
#: "Of the total deported,", "Of them,", "Of the 98 deportees," (a number is read apart).
_PART_LEAD_WORDS = frozenset({"the", "those", "them", "these", "total", "all"}) | _BACK_NOUNS
#: The most words of that opening between "of" and its comma.
_PART_LEAD_SPAN = 4


class AmongTold(BareNumbers):
    """The earlier act of a group that people told before were among."""

    def _among_told(self, sent: Span, events: list[_Event], ev: Evidence) -> None:
        """Gives the people told just before the edge of the act done to the group they were among."""
        lower = self.lower
        if lower[sent.start] not in {"the", "those", "of"}:
            return
        words = lower[sent.start:sent.end]
        if "among" not in words and "part" not in words:
            return
        among = self._part_among(sent) if lower[sent.start] == "of" else self._among_after_subject(sent)
        if among is None:
            return
        at, (code, value) = among
        verb = self._group_act(at, sent, code, value)
        if verb is None or not code or value <= 0:
            return
        rel, key, kind = _COUNT_VERBS[lower[verb]]
        nat = self._nationality(code)
        if rel is None or nat is None:
            return
        event = self._host(kind, events, None, at=verb)  # type: ignore[attr-defined]
        if event not in events:
            events.append(event)
        event.counts[key] = max(value, event.counts.get(key, 0))
        self._edge(rel, event.node.key, nat.key, ev, count=value)

    def _among_after_subject(self, sent: Span) -> tuple[int, tuple[str, int]] | None:
        """Where "among" stands after a subject referring back and "were", with the people it refers
        to (nationality code, number): "The deportees", "Those deported", "The 94 (individuals)",
        each with an aside between commas ("The 94, all from Taiwan,") that may name their country."""
        lower, k = self.lower, sent.start + 1
        number = 0
        if lower[sent.start] == "those" and _COUNT_VERBS.get(lower[k], (None,))[0] is not None:
            k += 1  # "Those deported"
        elif self.like_num[k] and lower[k].isdigit():
            number, k = int(lower[k]), k + 1  # "The 94"
            k += lower[k] in _BACK_NOUNS
        elif lower[k] in _BACK_NOUNS:
            k += 1
        else:
            return None
        code = ""
        if lower[k] == ",":  # ", all from Taiwan,": their own country told beside them
            close = next((j for j in range(k + 1, min(sent.end, k + 8)) if lower[j] == ","), None)
            if close is None:
                return None
            code = next((self.doc[j].ent_id_ for j in range(k + 1, close) if self.doc[j].ent_type_ in {"NORP", "COUNTRY"}), "")
            k = close + 1
        at = _group_word(lower, k)
        if at is None:
            return None
        told = self._people_told_before()
        if not code and told is not None and (not number or number <= told[2]) \
                and not (lower[sent.start + 1] == "suspects" and _KEY_ACTS.get(told[1]) in _VICTIM_ACTS):
            code, number = told[0], number or told[2]  # the people the story counted last (not victims as "suspects")
        return at, (code, number)

    def _part_among(self, sent: Span) -> tuple[int, tuple[str, int]] | None:
        """Where the group opens after "Of those deported, 30 were among (or part of) ...", with the
        people the number parts (nationality code, the number): those the story counted last, where
        the part is no larger than they were (a part of no one nationality is none of theirs)."""
        lower = self.lower
        comma = next((j for j in range(sent.start + 1, min(sent.end, sent.start + 2 + _PART_LEAD_SPAN)) if lower[j] == ","), None)
        if comma is None or comma == sent.start + 1 or comma + 2 >= sent.end or not all(
                lower[j] in _PART_LEAD_WORDS or _COUNT_VERBS.get(lower[j], (None,))[0] is not None
                or self.like_num[j] and lower[j].isdigit() for j in range(sent.start + 1, comma)):
            return None
        number = number_value(self.words[comma + 1]) if self.like_num[comma + 1] else None
        at = _group_word(lower, comma + 2)
        told = self._people_told_before()
        if not number or at is None or told is None or not told[0] or number > told[2]:
            return None
        return at, (told[0], int(number))

    def _group_act(self, start: int, sent: Span, code: str, value: int) -> int | None:
        """The participle of the act done to the group that opens at ``start`` ("some 300 workers
        rounded up"), or None where the group ends first, is of the people's own nationality, or the
        act is not told as done."""
        for j in range(start, min(sent.end, start + _GROUP_SPAN)):
            word = self.lower[j]
            if word in _GROUP_ENDS:
                return None
            if self.doc[j].ent_type_ in {"NORP", "COUNTRY"} and self.doc[j].ent_id_ == code:
                return None  # "among 300 Chileans detained": the group's own count is read as such
            if self.like_num[j] and word.isdigit() and int(word) < value:
                return None  # "among 12 people arrested": no group smaller than the people told
            told = _COUNT_VERBS.get(word)
            if told is not None and told[0] in _GROUP_ACTS and word.endswith("ed") and j > start:
                return j if self._told_as_done(j, sent) else None
        return None


def _group_word(lower: Sequence[str], k: int) -> int | None:
    """Where the group opens after "were among" or "were part of" at ``k`` (the two say the same:
    these people are a part of it), else None."""
    if lower[k:k + 2] in (["were", "among"], ["was", "among"]):
        return k + 2
    if lower[k:k + 3] in (["were", "part", "of"], ["was", "part", "of"]):
        return k + 3
    return None

"""A sentencing told in parts, one penalty to each group: "Four defendants were sentenced to death,
nine others received life terms and another 20 got prison terms". A person gets one penalty, so
groups told with different penalties are different people and the sentencing counts them all
(33), never the largest group alone (nine), as a count told twice of the same people would be.

Read only where every part is a clause of its own: a number, the people's words after it ("nine
others", "20 defendants were"), a verb of sentencing ("sentenced to", "received", "got", "were
given", "were handed", "were awarded", "jailed") and its penalty ("death", "life", "prison terms",
"eight years"). A whole told before its parts ("The court sentenced 33 people: four to death, ...")
holds no such clause for its parts, and its own number, already counted, is never lowered. Parts
that open on "five other defendants" leave out people told before them: their sum is no whole.

The parts may run on into the next sentence when it opens on a further group ("... and 11 were
sentenced to life. Another 12 defendants were given prison terms"): one more part, with a penalty
of its own, of the same sentencing (``further_part``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Event

__all__ = ["Part", "PenaltyParts", "further_part", "penalty_parts"]

Part = tuple[int, tuple[str, ...]]  # a group's number and the words that say its penalty

#: Words between a number and the verb of its group's penalty: its people and their auxiliary
_GROUP_WORDS = frozenset({"others", "other", "more", "defendants", "defendant", "members", "people", "persons", "men",
                          "women", "suspects", "accused", "convicts", "of", "the", "gang", "were", "was", "also", "each",
                          "have", "had", "been"})
#: Verbs a group gets its penalty with ("received life terms", "were handed prison terms")
_GETTING = frozenset({"sentenced", "received", "receiving", "got", "given", "handed", "awarded", "jailed", "imprisoned"})
#: Words that name a penalty after the verb: which penalty it is tells the groups apart
_PENALTY_WORDS = frozenset({"death", "life", "reprieve", "suspended", "prison", "jail", "imprisonment", "terms", "term",
                            "years", "months", "sentences", "sentence"})
#: Words that say which penalty it is (the rest only say that it is one: "terms", "sentences")
_WHICH = frozenset({"death", "life", "reprieve", "suspended", "years", "months"})
#: Words that end a part's clause
_CLAUSE_ENDS = frozenset({",", ";", "and", "while", "whereas", "."})
#: How many words the people's words and the penalty may take
_SPAN = 5
#: Words before a number that make it no group's: a day ("In May 2025"), a penalty's ("sentenced to 20 years")
_NOT_A_GROUP = frozenset({"of", "in", "on", "since", "to", "for"})
#: Words that open a sentence on a further group: "Another 12", "A further 12", "The remaining 12"
_FURTHER = frozenset({"another", "further", "remaining", "other"})


def penalty_parts(lower: Sequence[str], number_at: Callable[[int], int | None], start: int, end: int) -> list[Part]:
    """The groups a sentence ``start``..``end`` sentences in parts, each with its own penalty (at
    least two groups, no two with the same one); [] where it tells no such parts."""
    parts: list[Part] = []
    first = start  # (where the first group is counted)
    for k in range(start, end):
        value = number_at(k)
        if value is None or k > start and lower[k - 1] in _NOT_A_GROUP:
            continue
        penalty = _penalty_after(lower, k + 1, end)
        if penalty is not None:
            first = k if not parts else first
            parts.append((value, penalty))
    penalties = [p for _v, p in parts]
    if len(parts) < 2 or len(set(penalties)) < len(penalties):
        return []  # (one group; or two groups of one penalty, which may be the same people told twice)
    if first + 1 < end and lower[first + 1] in {"other", "others"}:
        return []  # "Five other defendants were given reprieves and 11 were jailed for life": the sentencing
        # holds people told before too, whom the parts leave out
    return parts


def further_part(lower: Sequence[str], number_at: Callable[[int], int | None], start: int, end: int,
                 told: Sequence[Part]) -> Part | None:
    """The group a sentence opening on a further group sentences ("Another 12 defendants were given
    prison terms"), where its penalty is none of the parts ``told`` before; else None."""
    k = start + (lower[start] in {"a", "the"})
    if k + 1 >= end or lower[k] not in _FURTHER or (value := number_at(k + 1)) is None:
        return None
    penalty = _penalty_after(lower, k + 2, end)
    return (value, penalty) if penalty is not None and all(penalty != p for _v, p in told) else None


def _penalty_after(lower: Sequence[str], k: int, end: int) -> tuple[str, ...] | None:
    """What penalty the group counted right before ``k`` gets in its clause ("others received life
    terms": ("life",)), by the words that say which it is; None where no verb of a penalty follows its
    people's words ("20 were handed over to China": no penalty)."""
    j = k
    while j < min(end, k + _SPAN) and lower[j] in _GROUP_WORDS:
        j += 1
    if j >= end or lower[j] not in _GETTING:
        return None
    words = []
    for w in lower[j + 1:min(end, j + 1 + _SPAN)]:
        if w in _CLAUSE_ENDS:
            break
        words.append(w)
    if _PENALTY_WORDS.isdisjoint(words) and lower[j] not in {"jailed", "imprisoned"}:
        return None
    which = [w for w in words if w in _WHICH or w.isdigit()]
    return tuple(which) or ("prison",)


class PenaltyParts:
    """Counts a sentencing told in parts on its event (mixed into the count rules)."""

    penalties_told: tuple[_Event, list[Part]] | None  # (the state's: the sentencing the sentence before told in parts)

    def _penalty_parts(self, sent: Span, events: list[_Event]) -> None:
        """The sentence's sentencing counts every group it gives a penalty of its own, and so does
        the one told just before, where this sentence opens on a further group."""
        lower, like_num = self.lower, self.like_num  # type: ignore[attr-defined]

        def number(k: int) -> int | None:
            return self._number_at(k, sent.end)[0] if like_num[k] else None  # type: ignore[attr-defined,no-any-return]
        told, self.penalties_told = self.penalties_told, None
        charge = next((e for e in events if e.type == "charge"), None)
        parts = penalty_parts(lower, number, sent.start, sent.end) if charge is not None else []
        if charge is None and told is not None and (more := further_part(lower, number, sent.start, sent.end, told[1])):
            charge, parts = told[0], [*told[1], more]  # "... and 11 were jailed for life. Another 12 got prison terms"
        if charge is not None and parts:
            self._count_event(charge, "charged", sum(v for v, _p in parts), False)  # type: ignore[attr-defined]
            self.penalties_told = (charge, parts)

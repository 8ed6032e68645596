"""An event told in a sentence that opens with a time reckoned back from the telling ("A few days
ago, police in another country arrested 300 ...", "Two weeks ago, ..."): the story steps back to an
earlier happening, so the act is another event of its kind, never more of the one told before (whose
count and place it would otherwise overwrite). So is an act told as "similar", "earlier", "previous"
or "separate" (``told_as_another``)."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.words import _ANNOUNCE

#: How many words the opening phrase may have before "ago" ("A few days ago", "Some two weeks ago")
_OPENING_WORDS = 5
#: Units of time an "ago" counts back in: "two weeks ago", "a month ago"
_SPANS = frozenset({"day", "week", "month", "year"})


def told_ago(lower: Sequence[str], start: int, at: int) -> bool:
    """The sentence (from token ``start``) opens with a phrase ending in "ago" and a comma, and the
    event word at ``at`` comes after that comma."""
    for k in range(start + 1, min(at - 1, start + _OPENING_WORDS + 1)):
        if lower[k] == "ago":
            return lower[k + 1] == ","
    return False


def ago_after(lower: Sequence[str], at: int, end: int) -> bool:
    """"were repatriated two weeks ago": the act word at ``at`` is followed at once by a span back
    from the telling ("two weeks ago", "a month ago"). With no day of publication to count back
    from it has no date, yet it is another time than the act the story tells: one of its own."""
    k = at + 1
    return k + 2 < end and lower[k + 2] == "ago" and lower[k + 1].rstrip("s") in _SPANS


def told_over_recent_months(lower: Sequence[str], start: int, at: int) -> bool:
    """The sentence (from token ``start``), or a clause in it after "that", opens on a stretch of
    recent time told with no number and a comma ("In the past months, 12 Malawians were rescued",
    "Over the past few weeks,", "said that over recent weeks, the state had also expelled ..."),
    and the event word at ``at`` comes after that comma: acts before the one the story tells, one
    event apart from it."""
    for opening in (k for k in range(start, at) if lower[k] in {"in", "over", "during"}):
        words = list(lower[opening:min(at, opening + 7)])
        if opening > start and lower[opening - 1] not in {"that", ","}:
            continue  # (inside the sentence only as a clause's opening: "noted that in recent months, ...")
        if "," not in words:
            continue
        phrase = [w for w in words[1:words.index(",")] if w not in {"the", "few", "several", "couple", "of", "a"}]
        if len(phrase) == 2 and phrase[0] in {"past", "recent", "previous", "last"} and phrase[1] in {"weeks", "months", "years", "past"}:
            return True  # (and "In the recent past, Laos also expelled 95 ...")
    return False


#: Words that put a government or an office before the present one: "the previous government"
_EARLIER = frozenset({"previous", "former", "preceding", "prior", "last"})
#: Terms of rule a figure may be told over: "under the previous administration"
_RULES = frozenset({"government", "administration", "legislature", "mandate", "term", "regime", "cabinet",
                    "presidency", "governments", "administrations", "legislatures", "mandates", "terms"})
#: How many words may stand between the earlier-word and the term of rule ("the previous 6th legislature")
_RULE_GAP = 2


def under_an_earlier_rule(lower: Sequence[str], start: int, end: int, at: int) -> bool:
    """The act word at ``at`` is told of a term of rule before the present one, in its sentence
    (tokens ``start`` to ``end``): "He added that under the previous government, some 8,000 had also
    been deported", "were expelled during the former administration". Its people are that term's, an
    act (or tally) apart from the one the story tells, never more of it. A phrase after the act word
    counts only in its clause (no comma between)."""
    for k in range(start, end):
        if lower[k] not in _RULES or k > at and any(w in {",", ";"} for w in lower[at:k]):
            continue
        before = lower[max(start, k - _RULE_GAP - 2):k]
        if not _EARLIER.isdisjoint(before[-(_RULE_GAP + 1):]) and not {"under", "during"}.isdisjoint(before):
            return True
    return False


#: Words right before an act's word that tell it as another act of its kind: "a recent similar arrest
#: in the capital", "an earlier rescue", "in a separate detention"
_ANOTHER_OF_ITS_KIND = frozenset({"similar", "earlier", "previous", "separate"})


def told_as_another(lower: Sequence[str], at: int) -> bool:
    """The act word at ``at`` has one of the words that make it another act of its kind among the
    three before it: it is never a part of the raid told before (an arrest, a rescue in it), and the
    place and the people told with it are its own."""
    return not _ANOTHER_OF_ITS_KIND.isdisjoint(lower[max(0, at - 3):at])


#: Adverbs inside a perfect verb group that put its act before the time the story tells of:
#: "had previously been freed", "have already flown home"
_DONE_EARLIER = frozenset({"previously", "already", "earlier"})
#: Auxiliaries of the perfect (and of the passive) that such an adverb follows
_PERFECT = frozenset({"had", "have", "has", "were", "was"})


def done_before(lower: Sequence[str], at: int) -> bool:
    """The act word at ``at`` is in a verb group with an adverb of an earlier time ("two others had
    previously been freed and flown home", "five of them have already gone back"): an act done
    before the one the story told, so an event apart from it even with no day of its own. The
    adverb also reaches a second participle joined to the first by "and", which shares its group."""
    k = at - 1
    while k > 1 and (lower[k] in {"been", "and"} or lower[k].endswith("ed") and lower[k + 1] == "and"):
        k -= 1
    return k > 0 and lower[k] in _DONE_EARLIER and lower[k - 1] in _PERFECT


def before_the_raid(lower: Sequence[str], at: int, raid_date: str) -> bool:
    """"Officers arrested three on Monday. The three had earlier been held by the border
    guards": the past perfect tells an act before the dated one told, no part of it. Not where a
    report shifts the tense back ("police said they had detained 18", "the group said it had
    arrested 26"): the act reported is the one told, unless the words after "had" set it earlier."""
    reach = lower[max(0, at - 3):at]
    if not raid_date or "had" not in reach:
        return False
    had = at - len(reach) + reach.index("had")
    return not _reported_backshift(lower, had) or not _EARLIER_WORDS.isdisjoint(lower[had + 1:at])


#: Words after "had" that set the act before the one told ("had earlier been held")
_EARLIER_WORDS = frozenset({"earlier", "previously", "already", "before", "once"})
#: How many words a report's subject may take between its verb and "had": "said (that) (the) (group) had"
_REPORT_SUBJECT_REACH = 3


def _reported_backshift(lower: Sequence[str], had: int) -> bool:
    """The "had" at ``had`` follows a verb of telling a few words before: "said it had", "told
    reporters that officers had" (the tense a report puts on what it tells)."""
    return not _ANNOUNCE.isdisjoint(lower[max(0, had - _REPORT_SUBJECT_REACH - 1):had])


#: Words before "record" that make it the mark an earlier act set, which the story's act outdid
#: ("broke the record", "beating the previous record"); "set a new record" is the story's own
_OUTDOING = frozenset({"broke", "breaks", "break", "breaking", "beat", "beats", "beating", "surpassed", "surpassing",
                       "surpasses", "topped", "topping", "exceeded", "exceeding", "eclipsed", "eclipsing", "previous",
                       "earlier", "old", "former", "prior"})
_RECORDS = frozenset({"record", "records"})
#: Words that open a clause telling the act that set the record: "the record set in May when ..."
_RECORD_CLAUSES = frozenset({"when", "which", "where"})


def in_an_outdone_record(lower: Sequence[str], at: int, start: int) -> bool:
    """The word at ``at`` tells the act that set a record the story's act outdid: "broke the record
    first set in May when 22 nationals were repatriated", "beating the earlier record of 64 sent home
    in October". Its people and its act are that earlier act's, never the story's."""
    for k in range(at - 1, max(start, at - 20), -1):
        if lower[k] in _RECORDS:
            return not _OUTDOING.isdisjoint(lower[max(start, k - 5):k]) \
                and (at - k <= 4 or not _RECORD_CLAUSES.isdisjoint(lower[k + 1:at]))
    return False


#: How many words before an act word its "had" may stand: "had (all) (been) detained"
_PLUPERFECT_REACH = 4


def had_done_in_a_report(lower: Sequence[str], start: int, at: int, day_end: int) -> bool:
    """The act word at ``at`` is told in the past perfect inside a "that" clause after the day
    whose words end before token ``day_end``: "Two weeks ago, the consul met officials to confirm
    that 40 Laotians had been held in Kampot". The day is the meeting's; the act came before it.
    (A telling before the clause, "announced on Monday that it had extradited 12", is left to the
    rules of tellings: such a day is often the act's own.)"""
    clause = [k for k in range(day_end, at) if lower[k] == "that"]
    return bool(clause) and "had" in lower[max(clause[-1], at - _PLUPERFECT_REACH):at] \
        and _ANNOUNCE.isdisjoint(lower[start:clause[-1]])


def raid_in_their_past(lower: Sequence[str], at: int) -> bool:
    """"They had been arrested in a raid on a casino hotel": a raid told as an indefinite noun after
    a participle in the past perfect, outside any report ("police said they had been arrested in
    a raid" is the raid told), is the people's past: a raid before the story's own, never one of them."""
    if at < 4 or lower[at - 1] not in {"a", "an"} or lower[at - 2] != "in" or not lower[at - 3].endswith("ed"):
        return False
    reach = lower[max(0, at - 6):at - 3]
    if "had" not in reach:
        return False
    had = at - 3 - len(reach) + reach.index("had")
    return not _reported_backshift(lower, had)

"""The number an event keeps of its people: the largest told, an exact number beside a rough one
near it, and the counts that are no total of the act's: a running tally told in the present
perfect ("2,310 have been handed over"), people taken together with others ("along with six
Thais"), a body's part where two bodies split the act, acts counted across many countries (no one
town's). Apart from ``counts.py``, which gives each count its act."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.described import _ROUNDING_SPAN
from scamgraph.loaders.news.state import _Count, _Event, _State
from scamgraph.loaders.news.timing import _said_on
from scamgraph.loaders.news.words import _ABOUT
from scamgraph.loaders.numbers import number_words


#: Nouns of states a count of acts may be told across
_STATES = frozenset({"countries", "nations", "jurisdictions"})


def _across_countries(lower: list[str], start: int, end: int) -> bool:
    """"2,140 arrests across 18 countries", "Police in 12 countries arrested 400": the sentence
    counts acts in many states, an operation no one town holds (not "people from nine
    countries": where the people came from)."""
    if _STATES.isdisjoint(lower[start:end]):
        return False  # (most sentences)
    for k in range(start, end - 2):
        if lower[k] not in {"across", "in"}:
            continue
        rest = [w for w in lower[k + 1:k + 6] if w not in _ROUGHLY_MANY]
        if len(rest) >= 2 and (rest[0][:1].isdigit() or rest[0] in _SMALL_NUMBERS) \
                and (rest[1] in _STATES or len(rest) >= 3 and rest[2] in _STATES and rest[1].isalpha()):
            return True  # ("in five Asian jurisdictions": past one word of where)
    return False


#: Numbers written in words that may count the countries an operation spanned, and the words
#: around such a number ("more than 40 member countries", "across various countries")
_SMALL_NUMBERS = number_words(2, 12) | {"several", "many", "dozens", "various", "multiple"}
_ROUGHLY_MANY = frozenset({"more", "than", "over", "some", "about", "nearly", "at", "least", "member", "participating",
                           "different"})


#: How many times the act's own count a number told in the present perfect beside it must be to read
#: as a running tally: "75 handed over on Sunday ... 2,310 have been handed over" is one; "eight
#: held in custody. Twelve Chinese have been moved to a holding centre for deportation" is the
#: same operation's other people
_TALLY_DWARFS = 3


def dwarfs_the_act(event: _Event, key: str, count: _Count, dates: list[DateMention], text: str) -> bool:
    """``count`` is at least ``_TALLY_DWARFS`` times the event's own count of ``key`` and the
    sentence gives no day of an act (only days of telling, or spans): what the caller's tense test
    then reads as a running tally beside the day's act, not a count of it."""
    return 0 < event.counts.get(key, 0) * _TALLY_DWARFS <= count.value \
        and not [d for d in dates if not d.period and not _said_on(d, text)]


def _told_as_perfect(lower: list[str], count: _Count, sent: Span) -> bool:
    """The people counted are the subject of a present perfect a few words on ("2,310 suspects
    involved in fraud in Laos have been handed over", or "were already repatriated"): what has
    been done up to now, not on a day."""
    after = lower[count.end:min(sent.end, count.end + 10)]
    return any(a in {"have", "has"} and b == "been" for a, b in zip(after, after[1:])) \
        or any(a in {"were", "was"} and b == "already" for a, b in zip(after, after[1:]))  # ("3,002 of them were
    # already repatriated": done before now, a tally)


def _object_of_perfect(lower: list[str], start: int, sent_start: int) -> bool:
    """The people counted at ``start`` are the object of a present perfect right before them, past
    a word of about ("the ministry has rescued and repatriated about 250 Zorvanians"): what a body
    has done up to now, told as one sum. Asked only of two verbs joined before one number
    (``second_acts``): a single verb's perfect ("Police have arrested 40") tells one act as often."""
    k = start - 1
    while k > sent_start and lower[k] in _ABOUT:
        k -= 1
    verbs = 0
    while k > sent_start and (lower[k] == "and" and verbs or lower[k].endswith("ed")):
        verbs += lower[k] != "and"
        k -= 1
    return verbs > 0 and lower[k] in {"has", "have"}


#: Words that join a counted group to people told before it: "arrested together with six Thais"
_JOINED_TO = (["together", "with"], ["along", "with"], ["alongside"])


def _joined_to_others(lower: list[str], start: int, sent_start: int) -> bool:
    """The count at ``start`` follows "together with", "along with" or "alongside": its people were
    taken with others told before them, so its number is a part of the act's, never its total."""
    return any(start - len(words) >= sent_start and lower[start - len(words):start] == words for words in _JOINED_TO)


class EventTotals(_State):
    """The number of people an event keeps, and counts that are no total of it."""

    def _count_event(self, event: _Event, key: str, value: int, rough: bool, floor: bool = False) -> None:
        """The event's count of ``key``: the largest told, except that an exact number and a rough one
        a little above it ("Nearly 150 arrested", "arrested 147"), in either order, give the exact one
        (but not one below a least number: "more than 1,000 ... 820 from China" is a part of them)."""
        self.totals.told((id(event), key), value)
        self.telling.told(event, key)
        told = event.counts.get(key)
        near = told is not None and abs(told - value) <= _ROUNDING_SPAN * max(told, value)
        if near and (id(event), key) not in self.floor_counts \
                and (id(event), key) in self.rough_counts and not rough and value < told:  # type: ignore[operator]
            event.counts[key] = value
        elif near and rough and (id(event), key) not in self.rough_counts and value > told:  # type: ignore[operator]
            return  # ("arrested 147 ... nearly 150 in all": the exact number stands)
        elif told is None or value > told:
            event.counts[key] = value
        else:
            return
        (self.rough_counts.add if rough else self.rough_counts.discard)((id(event), key))
        (self.floor_counts.add if floor else self.floor_counts.discard)((id(event), key))

    def _shared_between_bodies(self, sent: Span) -> bool:
        """"Dastra police applied for warrants for 30 of them, and Wrenmouth police applied for 9
        more": two bodies, each the subject of the same verb in a clause of its own that counts
        people, split the act between them; each number is one body's part, not the act's total (its
        caller asks only of a sentence with no day: "X arrested 19 in April, and Y arrested two in
        August" tells two acts, each with its own number)."""
        # (the reader's own list of the document's names, not ``Span.ents``: that builds every name
        # of the document again as a Span, for each sentence asked about)
        bodies = [e for e in self.ents if e.label_ == "AGENCY" and e.start >= sent.start and e.end <= sent.end]
        verbs: dict[str, int] = {}
        for body in bodies:
            k = body.end + (body.end < sent.end and self.lower[body.end] in {"has", "have", "had", "also"})
            if k < sent.end and self.lower[k].endswith("ed") \
                    and any(self.like_num[j] for j in range(k + 1, min(sent.end, k + 9))):
                verbs[self.lower[k]] = verbs.get(self.lower[k], 0) + 1
        return any(n >= 2 for n in verbs.values())

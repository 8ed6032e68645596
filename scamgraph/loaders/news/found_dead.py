"""A death told by the finding of the dead: "a Zorvanian mechanic was later found dead near X",
"the remains of a 30-year-old Zorvanian driver turned up in a field", "police found the body of a
Zorvanian cook", "a Zorvanian teacher died in June". The finding is how the death became known:
the dead person is the death's AFFECTED (one of that nationality, as "the killing of a Zorvanian
teacher" already reads), never FOUND, which the guidelines keep for people found alive on a
raided site. "the remains of" with no finding after it ("the remains of a Zorvanian driver were
flown home") tells no death of its own here.

One person is read only with a noun for a person after the demonym ("a Zorvanian court", "the
remains of a Zorvanian temple" name no one)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.one_opening import ONE_AFTER_A_VERB, past_school
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.timing import _said_on
from scamgraph.model import Edge, Evidence, RelType

__all__ = ["FoundDead", "dead_found_as_affected", "remains_before", "remains_found_after"]

#: Nouns for the one person a demonym describes, beside those of an act's object
_ONE_NOUNS = ONE_AFTER_A_VERB | {
    "mechanic", "driver", "teacher", "tourist", "nurse", "engineer", "farmer", "fisherman", "labourer", "laborer",
    "cook", "chef", "waiter", "guard", "soldier", "monk", "journalist", "doctor", "programmer", "jobseeker", "trader",
    "vendor", "backpacker", "traveller", "traveler", "volunteer", "entrepreneur", "accountant", "clerk", "translator",
    "interpreter", "migrant", "resident", "victim", "survivor", "graduate", "athlete", "influencer", "vlogger"}
#: Words of the dead body a finding is told of: "the body of", "the remains of"
_REMAINS = frozenset({"body", "bodies", "remains", "corpse", "corpses"})
#: Verbs of finding the dead, and the two-word ones: "turned up", "washed ashore"
_FINDING = frozenset({"found", "discovered", "recovered", "retrieved", "located", "exhumed"})
_TURNING_UP = (["turned", "up"], ["washed", "up"], ["washed", "ashore"], ["was", "unearthed"], ["were", "unearthed"])
#: Verbs that tell the person's own death
_DYING = frozenset({"died", "dies"})
#: Passive participles of a killing: "a Zorvanian teacher was killed"
_KILLED = frozenset({"killed", "murdered", "slain"})
#: Words between the person and the verb: "was (later) found dead", "has (since) died"
_BETWEEN = frozenset({"was", "were", "is", "has", "had", "been", "later", "then", "also", "reportedly", "allegedly",
                      "subsequently", "eventually", "since", "tragically"})
#: Words of a state one person is in, between the article and the demonym: "a young Zorvanian cook"
_ONES_STATE = frozenset({"young", "missing", "captive", "trafficked", "stranded", "former", "male", "female"})
#: The most words an aside set off by commas after the person holds: "a Zorvanian cook, 34, was ..."
_ASIDE = 12
#: How an age in years is written before the demonym: "a 30-year-old (Zorvanian driver)"
_YEARS_OLD = ["-", "year", "-", "old"]
#: The articles that open one person's phrase: "a (young) Zorvanian cook"
_ONE_ARTICLES = frozenset({"a", "an"})


def one_person(lower: Sequence[str], like_num: Sequence[bool], norp: dict[int, Span], k: int, end: int) -> tuple[str, int] | None:
    """"a (30-year-old) (young) Zorvanian (university) student" from the article at ``k``: the
    person's nationality code and where the phrase ends; None where the words are no such phrase."""
    if lower[k] not in _ONE_ARTICLES:
        return None
    j = k + 1
    if j + 5 < end and like_num[j] and lower[j + 1:j + 5] == _YEARS_OLD:
        j += 5
    while j < end and lower[j] in _ONES_STATE:
        j += 1
    ent = norp.get(j)
    if ent is None or ent.start != j:
        return None
    noun = past_school(list(lower), ent.end, end)
    return (ent.id_, noun + 1) if noun < end and lower[noun] in _ONE_NOUNS else None


def _past_aside(lower: Sequence[str], j: int, end: int) -> int:
    """Past an aside set off by commas right after the person ("a Zorvanian cook, 34, | was ..."),
    else ``j``."""
    if j >= end or lower[j] != ",":
        return j
    close = next((m for m in range(j + 1, min(end, j + _ASIDE)) if lower[m] == ","), None)
    return close + 1 if close is not None else j


def told_dead(lower: Sequence[str], j: int, end: int) -> bool:
    """The words from ``j`` tell the person before them dead: "was (later) found dead", "was
    discovered dead", "(has) died"."""
    j = _past_aside(lower, j, end)
    while j < end and lower[j] in _BETWEEN:
        j += 1
    if j < end and (lower[j] in _DYING or lower[j] in _KILLED and lower[j - 1] in {"was", "been"}):
        return True  # ("was killed": the passive only; "a Zorvanian guard killed two men" is the killer)
    return j + 1 < end and lower[j] in {"found", "discovered"} and lower[j + 1] == "dead"


def remains_before(lower: Sequence[str], start: int, floor: int) -> bool:
    """"the body of | ...", "the remains of the | ...": the people from ``start`` are told dead by
    their remains."""
    k = start - 1 - (start - 1 > floor and lower[start - 1] == "the")
    return k - 1 >= floor and lower[k] == "of" and lower[k - 1] in _REMAINS


def remains_found_after(lower: Sequence[str], start: int, j: int, end: int, floor: int) -> bool:
    """The remains told before ``start`` were found: a verb of finding after the people (from ``j``,
    "were found", "turned up") or before "the body of" ("police found the body of ...")."""
    k = start - 1
    while k > floor and lower[k] in {"of", "the"} | _REMAINS:
        k -= 1
    if k >= floor and lower[k] in _FINDING:
        return not (k > floor and lower[k - 1] in _NOT)  # (not "have not found the body of")
    j = _past_aside(lower, j, end)
    while j < end and lower[j] in _BETWEEN - {"was", "were"}:
        j += 1
    if lower[j:j + 2] in _TURNING_UP:
        return True
    while j < end and lower[j] in _BETWEEN:
        j += 1
    return j < end and (lower[j] in _FINDING or lower[j:j + 2] in _TURNING_UP)


#: Words that deny the finding before it
_NOT = frozenset({"not", "never", "n't"})
#: Words that refer back to one person told before, opening the sentence: "He died", "The teacher ..."
_PRONOUNS = frozenset({"he", "she"})
#: Words of one's dead body after "his", "her" or "the": "His body was found"
_LIFELESS = frozenset({"lifeless", "decomposed", "decomposing", "charred", "mutilated"})
#: The most words of a fronted phrase before the subject: "Days later, | she was found dead"
_FRONTED = 7


def _referred_person(lower: Sequence[str], words: Sequence[str], k: int, end: int) -> tuple[int, bool]:
    """Where a back-reference to one person at ``k`` ends ("he", "the (Zorvanian) teacher", "his
    (lifeless) body") and whether it names the body; (-1, False) where none stands there."""
    if k >= end:
        return -1, False
    if lower[k] in _PRONOUNS:
        return k + 1, False
    if lower[k] not in {"the", "his", "her"}:
        return -1, False
    j = k + 1
    while j < end and lower[j] in _LIFELESS:
        j += 1
    if j < end and lower[j] in {"body", "remains"}:
        return j + 1, True
    j += lower[k] == "the" and j + 1 < end and words[j][:1].isupper() and words[j].isalpha()  # ("the Zorvanian teacher")
    return (j + 1, False) if lower[k] == "the" and j < end and lower[j] in _ONE_NOUNS else (-1, False)


def referred_dead(lower: Sequence[str], words: Sequence[str], start: int, end: int) -> str:
    """How the sentence tells the death of one person told before, as its subject: "body" for
    "His body was found", "dead" for "The teacher was found dead near X in June", "Days later, she
    was found dead"; "" where it tells none."""
    comma = next((m for m in range(start, min(end, start + _FRONTED)) if lower[m] == ","), None)
    for k in [start] + ([comma + 1] if comma is not None else []):
        after, body = _referred_person(lower, words, k, end)
        if after >= 0 and body and remains_found_after(lower, after, after, end, after):
            return "body"
        if after >= 0 and not body and told_dead(lower, after, end):
            return "dead"
    return ""


def dead_found_as_affected(events: Sequence[_Event], edges: dict[tuple, Edge]) -> None:
    """A death's people read by a verb of finding ("were found dead", "the bodies ... were
    found") are its dead: their FOUND edges become AFFECTED (joining one already there), and
    the number found becomes the number dead."""
    for event in events:
        if event.type != "death":
            continue
        for key in [k for k in edges if k[0] == event.node.key and k[1] is RelType.FOUND]:
            edge = edges.pop(key)
            new = (key[0], RelType.AFFECTED, key[2])
            held = edges.get(new)
            if held is None:
                edges[new] = replace(edge, type=RelType.AFFECTED)
            else:
                held.evidence = tuple(dict.fromkeys((*held.evidence, *edge.evidence)))
        if "found" in event.counts:
            event.counts.setdefault("dead", event.counts.pop("found"))


class FoundDead:
    """One person of a nationality told dead by a finding or by "died" (mixed into the count
    rules, which supply the document's words, its events and its edges)."""

    def _found_dead(self, sent: Span, ents: list[Span], events: list[_Event], dates: list[DateMention],
                    ev: Evidence) -> None:
        lower, start, end = self.lower, sent.start, sent.end  # type: ignore[attr-defined]
        norp = {e.start: e for e in ents if e.label_ == "NORP"}
        for k in range(start, end - 2) if norp else ():  # (with no demonym no phrase is one person's)
            if lower[k] not in _ONE_ARTICLES:
                continue  # (what ``one_person`` would say first, read here without a call for every word)
            read = one_person(lower, self.like_num, norp, k, end)  # type: ignore[attr-defined]
            if read is None:
                continue
            code, after = read
            remains = remains_before(lower, k, start)
            if not (remains and remains_found_after(lower, k, after, end, start) or not remains and told_dead(lower, after, end)):
                continue
            nat = self._nationality(code)  # type: ignore[attr-defined]
            if nat is None:
                continue
            death = self._death_of(events, dates, k, told=remains)
            if death is None:
                continue  # ("whether a Zorvanian cook died": the sentence's death word tells no death)
            death.counts.setdefault("dead", 1)
            if not any(s == death.node.key and r is RelType.AFFECTED and t == nat.key for s, r, t in self.edges):  # type: ignore[attr-defined]
                self._edge(RelType.AFFECTED, death.node.key, nat.key, ev, count=1)  # type: ignore[attr-defined]
        self._death_told_again(sent, events, dates)

    def _death_told_again(self, sent: Span, events: list[_Event], dates: list[DateMention]) -> None:
        """"The teacher was found dead near X in June" after "the killing of a Zorvanian teacher":
        the sentence's death is the one told before (folded by ``_fold_deaths_told_again``)."""
        how = referred_dead(self.lower, self.words, sent.start, sent.end)  # type: ignore[attr-defined]
        death = self._death_of(events, dates, sent.start, told=how == "body") if how else None
        if death is not None:
            self.dead_again.append(death)  # type: ignore[attr-defined]

    def _fold_deaths_told_again(self) -> None:
        """Each death told of a person referred back to, where the story tells one other death: one
        death, told twice; it keeps the day either telling gives (two days apart stay two)."""
        for told in self.dead_again:  # type: ignore[attr-defined]
            others = [e for e in self.events if e.type == "death" and e is not told]  # type: ignore[attr-defined]
            if told not in self.events or len(others) != 1:  # type: ignore[attr-defined]
                continue
            other = others[0]
            if told.date and other.date and not (told.date.startswith(other.date) or other.date.startswith(told.date)):
                continue
            if not self._one_death_each(told, other):
                continue
            kept, gone = (told, other) if len(told.date) > len(other.date) else (other, told)
            self._fold_into(gone, kept)  # type: ignore[attr-defined]

    def _one_death_each(self, told: _Event, other: _Event) -> bool:
        """Both tellings are of one dead person (the one told before counted one, neither more) and
        name no two nationalities of the dead."""
        if {told.counts.get("dead", 1), other.counts.get("dead", 1)} != {1} or 1 not in (told.counts.get("dead"), other.counts.get("dead")):
            return False
        peoples = [{t for s, r, t in self.edges if s == e.node.key and r is RelType.AFFECTED and t.startswith("nationality:")}  # type: ignore[attr-defined]
                   for e in (told, other)]
        return not (peoples[0] and peoples[1] and peoples[0] != peoples[1])

    def _death_of(self, events: list[_Event], dates: list[DateMention], at: int, told: bool) -> _Event | None:
        """The sentence's death; where it has none, a new one on its day when the death is ``told``
        by the remains ("the remains of ... turned up" has no word of death of its own), else None
        (a word of death the event rules set aside: "whether he died")."""
        death = next((e for e in events if e.type == "death"), None)
        if death is not None or not told:
            return death
        day = next((d for d in dates if not _said_on(d, self.article.text)), dates[0]) if dates else None  # type: ignore[attr-defined]
        death = self._host("death", events, day, at=at)  # type: ignore[attr-defined]
        if death not in events:
            events.append(death)
        return death

"""A body named as the modifier of an event noun: "a joint Lao and Thai police sweep", "the navy
raid on the island" (made-up examples). The body did the event its noun tells, not another event
the sentence tells with a verb ("returned home with eight suspects caught in a joint police sweep").
So too a body named as the agent of a passive verb of another event: in "freed by the army and
questioned by the police" (made up) the army freed them and the police questioned them; but in
"arrested and detained by the police" the one "by" serves both participles. And a body whose own
verb tells another act, after the clause that told the event ("the probe was ongoing and that the
Velmora Trade Board had blacklisted the firm"), did that act, not the earlier clause's."""

from __future__ import annotations

from scamgraph.loaders.news.event_triggers import _PART_OF_RAID, EVENT_TRIGGERS

__all__ = ["agent_of_another_act", "names_another_events_doer", "subject_of_a_later_act"]

#: Words between a subject and its verb: auxiliaries and adverbs ("had also blacklisted")
_BEFORE_VERB = frozenset({"had", "has", "have", "was", "were", "is", "are", "been", "also", "then", "later",
                          "subsequently", "since"})
#: Words that may stand between "by" and the body it names.
_BEFORE_BODY = frozenset({"the", "a", "an"})
#: Nouns that name whatever act the sentence tells ("the largest operation by X to bring back 60")
_ANY_ACT = frozenset({"operation", "operations"})
#: A raid and the acts done in it: the agent of one noun of them ("a raid by X") did the others too
_RAID_FAMILY = frozenset({"raid", "seizure", *_PART_OF_RAID})


def names_another_events_doer(lower: list[str], end: int, event_type: str) -> bool:
    """The word right after the agency (ending at ``end``) is an event noun (no verb form) of a
    type other than ``event_type``."""
    if end >= len(lower):
        return False
    noun = lower[end]
    kind = EVENT_TRIGGERS.get(noun)
    return kind is not None and kind != event_type and not noun.endswith(("ed", "ing"))


def agent_of_another_act(lower: list[str], start: int, sent_start: int, sent_end: int, event_type: str) -> bool:
    """The body starting at ``start`` follows "by" (and an article), and the word before "by" is a
    past participle of an event of a type other than ``event_type`` ("rescued by X"): X is that
    act's agent, not the doer of every event of the sentence. An arrest, a detention or a rescue
    told in one sentence with a raid is part of it, so its agent did the raid ("arrested by X
    during a raid"); told alone, it is no raid of X's (read only after such a "by", which is rare).
    So too after the noun of another act ("the sanctions follow investigations by X", made up): X
    investigated, it did not impose the sanctions; a raid's noun and its parts' go together ("a
    raid by X" freed the people X rescued)."""
    k = start - 1
    while k > sent_start and lower[k] in _BEFORE_BODY:
        k -= 1
    if k <= sent_start or lower[k] != "by":
        return False
    verb = lower[k - 1]
    kind = EVENT_TRIGGERS.get(verb)
    if kind is not None and kind != event_type and not verb.endswith(("ed", "ing")) and verb not in _ANY_ACT:
        return not {kind, event_type} <= _RAID_FAMILY  # "investigations by X": X did the investigation
    if k - 3 > sent_start and lower[k - 2] == "and" and EVENT_TRIGGERS.get(lower[k - 3]) == event_type \
            and lower[k - 3].endswith("ed"):
        return False  # "were arrested and detained by X": one "by" for both participles; X did both
    return kind is not None and kind != event_type and verb.endswith("ed") \
        and not (event_type == "raid" and kind in _PART_OF_RAID
                 and any(EVENT_TRIGGERS.get(word) == "raid" for word in lower[sent_start:sent_end]))


def subject_of_a_later_act(lower: list[str], end: int, sent_end: int, event_type: str,
                           event_words: list[int]) -> bool:
    """The body ending at ``end`` is the subject of a past verb of an event of a type other than
    ``event_type`` (past auxiliaries and adverbs), and every word that tells the event lies before
    the body: the event belongs to an earlier clause, and the body did only its own act. (An
    arrest or a rescue a body did is part of a raid the sentence told before: "the raid, in which
    the police arrested 9".)"""
    if not event_words or max(event_words) >= end:
        return False
    k = end
    while k < sent_end and lower[k] in _BEFORE_VERB:
        k += 1
    if k >= sent_end or not lower[k].endswith("ed"):
        return False
    kind = EVENT_TRIGGERS.get(lower[k])
    return kind is not None and kind != event_type and not (event_type == "raid" and kind in _PART_OF_RAID)

"""Suspects "caught": "25 suspects were caught while phoning their marks", "12 suspects were caught
red-handed". Said of people named by a noun of suspects (people_nouns.tsv: suspects,
ringleaders, recruiters, ...), a passive "caught" is their arrest. Said of anyone else it is not
("40 workers were caught in the crossfire", "victims caught up in the scam"), nor with "up" or
"on" after it ("caught up in", "caught on camera"), unless a raid is where they were caught
("112 workers were caught during the operation", "police caught 41 Malaysians in the raid")."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["caught_in_a_raid", "suspects_caught"]

#: Auxiliaries and adverbs between the suspects and "caught": "were (later | also) caught",
#: "had been caught".
_LEADS = frozenset({"were", "was", "had", "have", "has", "been", "later", "also", "all", "reportedly", "subsequently"})
#: Words after "caught" that make it no arrest: "caught up in", "caught on camera".
_NOT_ARREST = frozenset({"up", "on", "between", "off"})
#: The most words read between the suspects' noun and "caught".
_REACH = 4


def suspects_caught(lower: Sequence[str], end: int, sent_end: int) -> bool:
    """Whether suspects counted up to ``end`` (their noun's end) were caught, in a sentence
    ending at ``sent_end``: "caught" after auxiliaries only, not followed by a word that makes
    it no arrest."""
    k = end
    if k < sent_end and lower[k] == "and":  # "14 Chinese | and 6 Indian nationals | were caught": past the list's last item
        k = next((j for j in range(k + 2, min(sent_end, k + 6)) if lower[j] in {"were", "was"}), k)
    while k < min(sent_end, end + _REACH + 6) and lower[k] in _LEADS:
        k += 1
    if k == end or k >= sent_end or lower[k] != "caught" or lower[k - 1] not in {"were", "was", "been"} | _LEADS:
        return False
    return k + 1 >= sent_end or lower[k + 1] not in _NOT_ARREST


#: Words of a raid that people "caught" in it were taken in, after "during" or "in"
_RAIDS = frozenset({"raid", "raids", "operation", "operations", "crackdown", "sweep", "swoop", "bust"})


#: Words after "caught" that tell people taken in the act of their crime, as a raid takes them
_IN_THE_ACT = frozenset({"running", "operating", "working", "manning", "committing", "conducting", "red-handed",
                         "redhanded", "defrauding", "scamming"})


def caught_in_a_raid(lower: Sequence[str], start: int, end: int, sent_end: int) -> bool:
    """Whether the people counted at [start, end) were caught in a raid: "were caught during the
    operation", "police caught 41 Malaysians in the raid" (a raid word after "during" or "in",
    within a few words of "caught" or of the people), or in the act ("were caught running a call centre")."""
    k = end
    if k < sent_end and lower[k] == "and":  # "14 Chinese | and 6 Indian nationals | were caught": past the list's last item
        k = next((j for j in range(k + 2, min(sent_end, k + 6)) if lower[j] in {"were", "was"}), k)
    while k < min(sent_end, end + _REACH + 6) and lower[k] in _LEADS:
        k += 1
    if k < sent_end and lower[k] == "caught" and k > end and lower[k - 1] in {"were", "was", "been"} | _LEADS:
        after = k + 1  # "were caught during the operation"
    elif start >= 1 and lower[start - 1] == "caught":
        after = end  # "caught 41 Malaysians in the raid"
    else:
        return False
    if after < sent_end and lower[after] in _IN_THE_ACT:
        return True  # "12 Chinese were caught running a fake trading desk": taken in the act
    for j in range(after, min(sent_end - 1, after + 3)):
        if lower[j] in {"during", "in"}:
            rest = lower[j + 1:min(sent_end, j + 4)]
            return not _RAIDS.isdisjoint(rest[:1] if rest[:1] not in (["the"], ["a"], ["an"], ["its"]) else rest[1:2])
    return False

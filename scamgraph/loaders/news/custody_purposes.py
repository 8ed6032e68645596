"""A handover told with a purpose of the law ("handed over to the commission for questioning",
"handed 69 suspects to the agency on five-day remand", "to the province's criminal police for
further investigation"): custody changing hands inside a country, for questioning or trial, not a
state sending people home. The receiver's name may be any body's, so the purpose tells it (the
receiver words of ``asides._into_custody`` tell it when the name holds one: "to Myanmar police",
and ``to_named_custodian`` where a longer name of a town or a station stands before that word), and
``to_custody`` where custody itself is the receiver: "handed over to judicial custody")."""

from __future__ import annotations

from collections.abc import Sequence

#: What custody is handed over for
_PURPOSES = frozenset({"questioning", "investigation", "investigations", "interrogation", "prosecution", "proceedings",
                       "action", "processing", "inquiry", "trial", "remand"})
#: Words between "for" and the purpose: "for further legal proceedings", "for a criminal investigation"
_BEFORE_PURPOSE = frozenset({"further", "a", "an", "the", "legal", "criminal", "additional", "appropriate", "their",
                             "his", "her", "physical", "judicial"})
#: Words that end the handover's clause before its purpose is reached
_BREAKS = frozenset({",", ";", ":", ".", "while", "and", "after", "before", "but", "where", "when", "who", "which"})
#: How far after the handover its purpose may stand ("to the National Bureau against Organised
#: Fraud (NBOF) in the capital for questioning")
_REACH = 14
#: Words before the receiver's name: "to the local", "safely to the"
_BEFORE_RECEIVER = frozenset({"to", "the", "local", "safely"})
#: Words between "to" and "custody" that tell whose custody the law's is: "to judicial custody",
#: "into the police's custody"
_BEFORE_CUSTODY = frozenset({"the", "judicial", "police", "police's", "court", "pretrial", "pre-trial", "prison",
                             "remand", "state", "official", "legal", "jail", "prosecutors", "prosecutors'"})
#: How many words a receiver's name may hold before the word of its kind ("the Ban Nong Khai District police")
_NAME_SPAN = 5


def for_custody(lower: Sequence[str], k: int, end: int) -> bool:
    """Whether the handover whose words end before ``k`` is made for a purpose of the law."""
    for j in range(k, min(end, k + _REACH)):
        if lower[j] in _BREAKS:
            return False
        if lower[j] == "on" and "remand" in lower[j + 1:min(end, j + 7)]:
            return True  # "on five-day physical remand"
        if lower[j] == "for":
            m = j + 1
            while m < min(end, j + 4) and lower[m] in _BEFORE_PURPOSE:
                m += 1
            if m < end and lower[m] in _PURPOSES:
                return True
    return False


def to_named_custodian(lower: Sequence[str], words: Sequence[str], k: int, end: int,
                       custodians: frozenset[str] | set[str]) -> bool:
    """Whether the handover whose words end before ``k`` passes people "to" a body of the law named by a
    place or a station of several capitalized words ("to the Ban Nong Khai District police"): custody
    changing hands where the people are, as "to Myanmar police" is, however long the name before it."""
    if k >= end or lower[k] != "to":
        return False
    j = k
    while j < end and lower[j] in _BEFORE_RECEIVER:
        j += 1
    named = 0
    while j < end and named < _NAME_SPAN and words[j][:1].isupper() and lower[j] not in custodians:
        j, named = j + 1, named + 1
    return named > 0 and j < end and lower[j] in custodians


def to_custody(lower: Sequence[str], k: int, end: int) -> bool:
    """Whether the handover whose words end before ``k`` passes people "to" or "into" custody itself
    ("the two bosses were handed over to judicial custody", "into police custody"): the law keeping
    them where they are, no sending home. "to the custody of <a body>" is left to the body's name
    (an embassy's custody may be the first step home)."""
    if k >= end or lower[k] not in {"to", "into"}:
        return False
    j = k + 1
    while j < min(end, k + 4) and lower[j] in _BEFORE_CUSTODY:
        j += 1
    return j < end and lower[j] == "custody" and (j + 1 >= end or lower[j + 1] != "of")

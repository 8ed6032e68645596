"""A thing handed over: "The case was handed over to the cyber crime division", "the devices were
handed to investigators". The passive's subject is a file or an object, not people, so the verb
tells no handover of anyone home or abroad (audit 18, page s14: a case passed to a police
division read as a repatriation the division took part in). A closed class of nouns of files and
objects as the subject right before the passive (one adjective may come between)."""

from __future__ import annotations

from collections.abc import Sequence

#: Verbs of handing whose passive subject decides what was handed
_HANDING = frozenset({"handed", "turned", "transferred", "forwarded", "referred"})
#: Auxiliaries of the passive: "was | handed", "have been | handed"
_PASSIVE = frozenset({"was", "were", "been", "be", "is", "are"})
#: Files and objects: what is handed when they are the subject
_THINGS = frozenset({"case", "cases", "file", "files", "dossier", "dossiers", "documents", "evidence", "exhibits",
                     "devices", "phones", "computers", "laptops", "equipment", "items", "money", "cash", "funds",
                     "assets", "passports", "matter", "report", "reports", "complaint", "complaints"})


def a_thing_handed(lower: Sequence[str], i: int, start: int) -> bool:
    """Whether the verb at ``i`` is the passive of handing a thing ("the case was handed over")."""
    if lower[i] not in _HANDING or i - 2 < start or lower[i - 1] not in _PASSIVE:
        return False
    k = i - 2
    if lower[k] in {"been", "be"} and k - 1 >= start:
        k -= 1  # "has been | handed": the subject is before the auxiliary
    if lower[k] in {"has", "have", "had", "will", "would"} and k - 1 >= start:
        k -= 1
    if lower[k] not in _THINGS and not (k - 1 >= start and lower[k - 1] in _THINGS and lower[k].isalpha()):
        return False
    before = lower[max(start, k - 4):k]
    return "and" not in before and "with" not in before  # "the 40 suspects and the evidence were handed": people too

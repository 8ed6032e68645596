"""An event word inside a role's title names the office, not an act: "head of investigations at
the immigration department", "Cambodia's head of police investigation, X, told reporters",
"chief of the inspection and records department" (grammar: the head noun of the title is the
role before "of"; the heads are a closed class of offices). So does "investigating" before the noun
of an office: "Investigating Judge Lim Sokha issued the orders", "the investigating officer said"."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["in_a_title"]

#: Nouns of an office that head a title with "of"
_OFFICES = frozenset({"head", "chief", "director", "commander", "deputy", "officer", "superintendent"})
#: Words that may stand between "of" and the event word: an article and a modifier
_BETWEEN = frozenset({"the", "police", "criminal", "special", "national", "cyber", "crime"})


#: Offices an "investigating" title names: "Investigating Judge X", "the investigating officers"
_INVESTIGATING_OFFICES = frozenset({"judge", "judges", "magistrate", "magistrates", "officer", "officers", "prosecutor",
                                    "prosecutors", "detective", "detectives", "inspector", "inspectors", "official",
                                    "officials", "judiciary"})


def in_a_title(lower: Sequence[str], i: int, start: int) -> bool:
    """The event word at ``i`` (its sentence starting at ``start``) ends "<office> of (the) ...", or
    is "investigating" before an office's noun ("Court Investigating Judge X ordered them held"): the
    judge's or the officer's title, no investigation told."""
    if lower[i] == "investigating" and i + 1 < len(lower) and lower[i + 1] in _INVESTIGATING_OFFICES:
        return True
    k = i - 1
    while k > start and i - k <= 3 and lower[k] in _BETWEEN:
        k -= 1
    return k > start and lower[k] == "of" and lower[k - 1] in _OFFICES

"""Where a number stands in its sentence's grammar, before any rule reads it as people: inside a
relative clause, among a larger group, or in a list of numbered things (sections of a law)."""

from __future__ import annotations

__all__ = ["LEARNERS", "NUMBERED", "SCHOOL_YEARS", "among_a_whole", "among_the_counted", "in_relative_clause", "numbered_after"]

#: Words a number names rather than counts after: "Branch 167", "Building 4", "Gate No. 2", "Law Number 14".
NUMBERED = {"branch", "no", "no.", "unit", "block", "building", "tower", "zone", "room", "lot", "route", "highway",
            "gate", "phase", "km", "kilometre", "kilometer", "section", "article", "chapter", "act", "floor",
            "sections", "articles", "chapters", "paragraph", "paragraphs", "clause", "clauses", "number", "law", "decree",
            "terminal", "pier", "berth", "checkpoint", "bay", "platform", "camp"}  # ("NAIA Terminal 3 was ...")
#: Words a number after names a school year, when a learner noun follows: "a grade five pupil",
#: "a senior three student" (one learner, not five or three).
SCHOOL_YEARS = {"grade", "senior", "primary", "form", "standard"}
LEARNERS = {"student", "students", "pupil", "pupils", "learner", "learners", "schoolboy", "schoolgirl"}

#: Words that open a relative clause: a number inside one ("Among those deported was a man whose gang
#: robbed 300 victims") counts the clause's own people, never a part of the people counted before
#: ("that" is left out: "From that total, 146 are ...", "reports claiming that the group is ...")
_RELATIVES = frozenset({"who", "whom", "whose", "which"})


def numbered_after(lower: list[str], like_num: list[bool], k: int, floor: int) -> bool:
    """The number at ``k`` continues a list of numbered things: "Sections 56 and 59", "Articles 3, 4
    and 9" (the second and later numbers name sections too, not people)."""
    j = k - 1
    while j - 1 > floor and lower[j] in {"and", ",", "or", "to"} and like_num[j - 1]:
        j -= 2
        if lower[j] in NUMBERED:
            return True
    return False


def in_relative_clause(lower: list[str], start: int, at: int) -> bool:
    """A relative pronoun stands between the sentence's start and the number at ``at`` (grammar)."""
    return not _RELATIVES.isdisjoint(lower[start:at])


def among_a_whole(lower: list[str], start: int, floor: int) -> bool:
    """"those 14 were among about 60 lured into casino jobs", "deported 84 Vietnamese – among 190
    detained in raids": a number after a copula (or a dash) and "among" counts the larger group the
    people told before belong to, not a part of them (grammar)."""
    k = start - 1
    while k > floor and lower[k] in _ROUGH_WORDS:
        k -= 1
    return k > floor and lower[k] == "among" and (lower[k - 1] in _COPULAS or lower[k - 1] in _DASHES)


def among_the_counted(lower: list[str], like_num: list[bool], start: int, floor: int) -> bool:
    """"Six Zorvanians among 320 freed from a casino", a headline's "Eleven Lotlanders among 900
    rescued": "among" and a number right after people a number counts (its copula dropped, as
    headlines do): the larger group they belong to, not more of them (a bare number there takes
    no nationality of theirs)."""
    k = start - 1
    while k > floor and lower[k] in _ROUGH_WORDS:
        k -= 1
    return k - 2 >= floor and lower[k] == "among" and lower[k - 1].isalpha() \
        and any(like_num[j] for j in range(max(floor, k - 3), k - 1))


#: Dashes that set "among" off after the people counted (a spaced hyphen too: "95 Malaysians - among 180";
#: no word is compounded with "among")
_DASHES = frozenset({"–", "—", "--", "-"})


_COPULAS = frozenset({"were", "was", "are", "is", "be", "been"})


#: Words between "among" and its number: "among (the | about | some | nearly | more than) 50"
_ROUGH_WORDS = frozenset({"the", "about", "some", "nearly", "almost", "around", "roughly", "approximately", "over",
                          "more", "than", "at", "least", "an", "estimated"})


#: Words naming a part of a group told with "of": "the last of", "some of the", "the rest of"
_PARTS = frozenset({"last", "first", "rest", "remainder", "some", "most", "many", "several", "few", "half", "part",
                    "majority", "minority", "bulk"})


def part_of_a_whole(lower: list[str], start: int, floor: int) -> bool:
    """"The last of 15 Thais were rescued", "some of the 40 workers", "the rest of a group of 12":
    the number counts the whole group, and the act told is done to an untold part of it."""
    k = start - 1
    while k > floor and lower[k] in _ROUGH_WORDS:
        k -= 1  # ("the rest of the nearly 40")
    if k - 2 >= floor and lower[k - 2:k + 1] == ["a", "group", "of"]:
        k -= 3  # ("the youngest of a group of 22")
    # ("they were part of a group of 212 ... who were detained": the whole, told after a copula, and its act)
    return k - 1 >= floor and lower[k] == "of" and lower[k - 1] in _PARTS and lower[k - 2] not in _COPULAS

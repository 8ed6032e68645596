"""People counted as "N other <people>" after one person told first ("Chinese national Li Wei and
12 other Chinese were arrested", "a Malaysian teenager was rescued along with seven other
Malaysians"): the act took N and that one, N + 1. A group before them ("30 Thais; 12 other Thais
remain missing") adds nothing: "other" sets the N apart from it. A count split by sex before one
noun ("three female and eleven male Thais") counts both numbers."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from scamgraph.loaders.numbers import number_value

__all__ = ["one_told_before", "other_sex_before"]

#: Words that join the one person told first to the others: "X and 12 other", "along with 7 other"
_JOINS = frozenset({"and", "with"})
#: Singular nouns of one person, after "a" or "the" ("a Malaysian teenager", "the Chinese boss")
_ONE = frozenset({"man", "woman", "boy", "girl", "teenager", "national", "citizen", "worker", "victim", "suspect",
                  "boss", "manager", "leader", "ringleader", "owner", "student", "employee", "recruiter",
                  # ("sentenced a former councillor and five others": six)
                  "mayor", "councillor", "councilor", "official", "officer", "businessman", "businesswoman", "tycoon",
                  "kingpin", "mastermind", "founder", "chairman", "executive", "director", "lawyer", "accountant",
                  "driver", "guard", "agent", "broker", "fugitive", "defendant", "accomplice",
                  # ("her son and the 9 others": ten)
                  "son", "daughter", "husband", "wife", "brother", "sister", "father", "mother", "nephew", "niece",
                  "cousin", "friend"})
#: How far back the one person may be told
_REACH = 12


def one_told_before(lower: Sequence[str], doc: Doc, start: int, sent_start: int) -> int:
    """1 when the count opening at ``start`` is "N other ..." right after "and" or "with" and one
    person is told before it in the sentence (a named person, or "a"/"the" and a noun of one
    person), else 0."""
    named = _people_listed_before(lower, doc, start, sent_start)
    if named:
        return named  # "The boss X, his son Y and four close associates were sentenced": six
    join = start - 1 - (start - 2 >= sent_start and lower[start - 1] == "the")  # ("her son and the 9 others")
    if start + 1 >= len(lower) or lower[start + 1] not in {"other", "others"} or join < sent_start \
            or lower[join] not in _JOINS:
        return 0  # (and "X and ten others": the others with the one named)
    for k in range(join - 1, max(sent_start, start - _REACH) - 1, -1):
        if lower[k] in {",", ";"} and doc[k - 1].ent_type_ != "PERSON":
            return 0
        if doc[k].ent_type_ == "PERSON" or lower[k] in _ONE and any(lower[j] in {"a", "an", "the", "his", "her", "their"}
                                                                    for j in range(max(sent_start, k - 3), k)):
            return 1
        if lower[k] in {"people", "men", "women", "workers", "nationals", "citizens", "suspects", "victims"}:
            return 0  # ("30 Thai workers and 12 other Thais": a group before them)
    return 0


#: Adjectives of sex that split one people's count: "three female and eleven male Thais"
_SEX_ADJECTIVES = frozenset({"female", "male"})


def other_sex_before(lower: Sequence[str], start: int, sent_start: int) -> int:
    """The number of the other sex told right before the count opening at ``start`` ("three female
    and | eleven male Thais": 3), both sharing the noun after the count; else 0."""
    if start - 3 < sent_start or start + 1 >= len(lower) or lower[start + 1] not in _SEX_ADJECTIVES \
            or lower[start - 1] != "and" or lower[start - 2] not in _SEX_ADJECTIVES or lower[start - 2] == lower[start + 1]:
        return 0
    return number_value(lower[start - 3]) or 0


#: Nouns of those who acted with people named before them ("and four close associates"), and the
#: words that may stand between the number and that noun
_COMPANIONS = frozenset({"others", "associates", "accomplices", "co-defendants", "codefendants", "co-accused",
                         "henchmen", "aides", "cronies", "relatives"})
_COMPANION_ADJECTIVES = frozenset({"other", "close", "alleged", "suspected", "more"})
#: Words of a kin or title aside between names in such a list ("X, his son Y and ...")
_LIST_ASIDES = frozenset({",", "and", "his", "her", "their", "son", "sons", "daughter", "brother", "sister", "wife",
                          "husband", "father", "mother", "nephew", "cousin", "partner", "deputy", "aide"})


def _people_listed_before(lower: Sequence[str], doc: Doc, start: int, sent_start: int) -> int:
    """How many named people a list holds that "and N <companions>" closes ("Tran Vokel, his son Tran
    Bisho and four close associates": 2); 0 where the count is no such companions or no name is
    listed right before it."""
    k = start + 1
    while k < len(lower) and lower[k] in _COMPANION_ADJECTIVES:
        k += 1
    if k >= len(lower) or lower[k] not in _COMPANIONS or start - 1 < sent_start or lower[start - 1] not in _JOINS:
        return 0
    named = 0
    for j in range(start - 2, max(sent_start, start - 3 * _REACH) - 1, -1):
        if doc[j].ent_type_ == "PERSON":
            named += doc[j].ent_iob_ == "B"
        elif lower[j] not in _LIST_ASIDES:
            break
    return named

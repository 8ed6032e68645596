"""A criminal case filed against someone: "prosecutors filed a trafficking case against Dario
Venn", "the department lodged qualified trafficking cases against the Amber Wren managers". In the
prose of many courts' countries a case filed by a prosecutor or a state body is the charge itself,
told as "filed charges against" elsewhere (which ``charges`` already reads); the case's noun is
the charge's word, so its day, its doer and the people it names are the charge's.

A case filed by no one against no one named ("a case was filed") or one of another kind ("a
libel case", "a civil case") is left alone, as is a complaint, which asks for a charge, and a
case denied or still to come (the other tests on event words see to those)."""

from __future__ import annotations

#: Verbs of filing a case
_FILING = frozenset({"filed", "files", "filing", "lodged", "lodges", "lodging", "brought", "brings", "bringing"})
#: The case's nouns
_CASES = frozenset({"case", "cases"})
#: Words of crimes that make the case a criminal one: "a qualified trafficking case", "estafa cases"
_CRIMES = frozenset({"trafficking", "fraud", "estafa", "cybercrime", "cyber-fraud", "kidnapping", "kidnap",
                     "laundering", "murder", "homicide", "extortion", "smuggling", "criminal", "scam", "scamming",
                     "graft", "corruption", "bribery", "rape", "racketeering", "illegal", "swindling", "syndicated"})
#: Words that may stand between the verb and the case: "filed a qualified human trafficking case"
_BETWEEN = frozenset({"a", "an", "the", "new", "separate", "fresh", "qualified", "human", "money", "large-scale",
                      "large", "scale", "detention", "non-bailable", "several", "two", "three", "four", "five", "more",
                      "complex", "and", "of", "in", "persons", "other"}) | _CRIMES
#: How many words the case's phrase may run between the verb and "case"
_REACH = 6


def cases_filed(lower: list[str], start: int, end: int) -> list[int]:
    """The positions of "case"/"cases" in a filing of a criminal case against someone: a verb of
    filing, up to six words of the case's kind with a crime among them, the noun, then "against"
    (past a "with the court" or a day at most three words on)."""
    if _CASES.isdisjoint(lower[start:end]) or _FILING.isdisjoint(lower[start:end]):
        return []  # (nearly every sentence)
    found = []
    for j in range(start, end):
        if lower[j] not in _FILING:
            continue
        for k in range(j + 1, min(end, j + _REACH + 1)):
            if lower[k] in _CASES:
                kind = lower[j + 1:k]
                if not _CRIMES.isdisjoint(kind) and "against" in lower[k + 1:min(end, k + 4)]:
                    found.append(k)
                break
            if lower[k] not in _BETWEEN:
                break
    return found


#: Nouns of a charge laid that "against" and a person may follow
_CHARGE_NOUNS = frozenset({"charges", "charge", "case", "cases"})


def charged_against(before: list[str], k: int) -> bool:
    """The word at ``k`` of the words ``before`` a person is a charge's or a case's noun with
    "against" right after it and a verb of filing before it ("filed a fraud case against | Dario
    Venn", "lodged charges against | Dario Venn"): the person is the one charged."""
    if before[k] not in _CHARGE_NOUNS or before[k + 1:k + 2] != ["against"]:
        return False
    lead = before[max(0, k - _REACH):k]
    return not _FILING.isdisjoint(lead)

"""Where counted people left, not who they are: in "1,091 citizens were brought back from
Cambodia, 770 from Lao PDR and 1,046 from Myanmar" the list's first "from" hangs on a verb of
bringing people away, so every "N from X" after it names the country left (a tally by place);
likewise "the tally of freed people includes 1,370 from Cambodia". In "45 people from
China, 30 from Vietnam" the first "from" hangs on the people and names their nationality."""

from __future__ import annotations

#: Words after which "from X" is the place left: verbs of bringing or sending people away.
_LEAVING = frozenset({"back", "rescued", "freed", "repatriated", "returned", "evacuated", "released", "deported",
                      "extradited", "expelled", "flown", "brought", "retrieved", "extracted"})
#: People nouns that a participle of leaving describes with no nationality of their own.
_GENERIC_PEOPLE = frozenset({"individuals", "persons", "citizens", "nationals"})
#: How far back from an item the list's lead is looked for.
_REACH = 30


def left_from(lower: list[str], like_num: list[bool], j: int, start: int) -> bool:
    """The "from" at ``j``, right after a number, in a list of "N from X" items names a place
    left: the list is led by "from" right after a verb of leaving, or by a participle of leaving
    before a generic people noun; ``start`` bounds the look back (the sentence's own end marks
    stop it too). "158 foreigners from China" (a people noun before "from") is not such an item."""
    if j <= start or not like_num[j - 1]:
        return False
    for k in range(j - 2, max(start, j - _REACH) - 1, -1):
        if lower[k] in {";", ":", ".", "!", "?"}:
            return False  # (the list's own sentence only)
        if lower[k] == "from" and k > start and lower[k - 1] in _LEAVING:
            return True  # "were brought back from | Cambodia, 770 from ..."
        if lower[k] in _LEAVING and k + 1 < j and lower[k + 1] in _GENERIC_PEOPLE:
            return True  # "rescued individuals includes 2,265 from ..."
    return False

"""A wave of raids named again: "Over eighteen months the unit ran 40 raids in four provinces.
These raids ended in 120 arrests" (made up; development text 201 has the form). An act told
after a wave over a period is usually one of its own; a sentence that opens by pointing back at
those raids ("these operations", "the raids", "this crackdown") tells what they brought."""

from __future__ import annotations

#: Words that point back at raids already told
_POINTING = frozenset({"these", "those", "the", "this", "that", "such"})
#: Nouns of raids as a sentence names them again
_RAID_NOUNS = frozenset({"operations", "operation", "raids", "raid", "crackdown", "crackdowns", "sweeps", "sweep"})
#: How far into its sentence the pointing phrase may open (after "In all," or "Together,")
_REACH = 4


def names_the_raids_again(lower: list[str], start: int, at: int) -> bool:
    """Whether the sentence starting at ``start`` opens, before the act word at ``at``, with a
    pointing word and a raid noun ("These raids ended in")."""
    for k in range(start, min(at - 1, start + _REACH)):
        if lower[k] in _POINTING and lower[k + 1] in _RAID_NOUNS:
            return True
    return False

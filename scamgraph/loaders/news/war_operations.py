"""An operation of war: "the rebel alliance launched Operation 2210 to drive regime troops from the
hills", "an offensive against the junta". Words of an operation are read as a raid by the police;
when what the operation sets out to do is to fight, drive out or take ground from a state's army,
it is a battle, no raid on scam compounds (the fighting may be the story's background, as the
raids it led to are not)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["war_operation"]

#: Words of an operation or a campaign that a raid is read from
_OPERATIONS = frozenset({"operation", "operations", "offensive", "offensives", "campaign"})
#: Verbs and words of fighting an army: "to drive out", "to expel", "against"
_FIGHTING = frozenset({"drive", "drove", "driving", "expel", "expelled", "expelling", "oust", "ousted", "ousting",
                       "push", "pushed", "attack", "attacked", "attacking", "fight", "fought", "fighting", "dislodge",
                       "dislodged", "rout", "routed", "against"})
#: Words between such a word and the army: "drive out the", "expel all"
_BEFORE_FOE = frozenset({"out", "back", "the", "all", "remaining", "government", "myanmar", "burmese"})
#: An army fought: the state's forces, named by what they are
_FOES = frozenset({"junta", "troops", "soldiers", "army", "armies", "military", "regime", "tatmadaw", "garrison",
                   "garrisons"})
#: How far after the operation word its aim may stand ("launched Operation 2210 in late May to drive ...")
_REACH = 12


def war_operation(lower: Sequence[str], i: int, end: int) -> bool:
    """Whether the operation word at ``i`` is aimed at a state's army in the words after it (sentence
    ending at ``end``): a fighting word, then the army ("to expel junta troops")."""
    if lower[i] not in _OPERATIONS:
        return False
    for j in range(i + 1, min(end, i + _REACH)):
        if lower[j] in _FIGHTING and _foe_at(lower, j + 1, end):
            return True
    return False


def _foe_at(lower: Sequence[str], k: int, end: int) -> bool:
    """Whether an army is named from ``k`` ("the junta's troops", "regime soldiers"), not an outfit
    only tied to it ("junta-backed militias", "the army's allies' compounds")."""
    while k < end and lower[k] in _BEFORE_FOE:
        k += 1
    if k >= end or lower[k] not in _FOES:
        return False
    while k + 1 < end and lower[k + 1] in _FOES:
        k += 1  # "junta troops"
    return k + 1 >= end or lower[k + 1] not in {"-", "'s", "’s"} or lower[k + 2:k + 3] in (["troops"], ["soldiers"])

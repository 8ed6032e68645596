"""An act named in an infinitive that only states a purpose: "how to rescue them" (a question of
means) and "the aim is to bring them home", "their mission was to free the workers" (a purpose
noun and a copula). Neither frame tells that the act happened; where it did, the story says so in
words of its own. English grammar, a closed class of purpose nouns."""

from __future__ import annotations

#: Nouns that name a purpose when they are the subject of "is/was to ..."
_PURPOSES = frozenset({"aim", "aims", "goal", "goals", "mission", "missions", "priority", "priorities", "task",
                       "tasks", "objective", "objectives", "purpose", "intention", "intent", "plan", "plans",
                       "job", "duty", "focus", "target"})
#: Copulas that join such a noun to its infinitive
_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "be"})
#: How far before the copula the purpose noun may stand ("our first priority is")
_NOUN_SPAN = 3


def purpose_only(lower: list[str], i: int, start: int) -> bool:
    """Whether the act word at ``i`` (sentence from ``start``) is the verb of an infinitive of mere
    purpose, alone or coordinated after another verb ("to trace and bring them home")."""
    to = _infinitive_to(lower, i, start)
    if to is None or to - 1 < start:
        return False
    if lower[to - 1] == "how":
        return True
    if lower[to - 1] not in _COPULAS:
        return False
    return bool(_PURPOSES & set(lower[max(start, to - 1 - _NOUN_SPAN):to - 1]))


def _infinitive_to(lower: list[str], i: int, start: int) -> int | None:
    """The "to" of the infinitive whose verb is at ``i``: right before it, or before a first verb
    and "and" ("to intervene and rescue")."""
    if i - 1 >= start and lower[i - 1] == "to":
        return i - 1
    if i - 3 >= start and lower[i - 1] == "and" and lower[i - 3] == "to":
        return i - 3
    return None

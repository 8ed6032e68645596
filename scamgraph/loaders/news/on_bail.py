"""People "free on bail", "freed on bond", "released on parole": a court let suspects wait for
trial (or serve a term) outside a cell. The word of freedom tells no rescue from captors, and the
number before it ("the two who are free on bond") counts no one rescued (audit 18: a guilty plea
page read as a rescue of three). A closed class: "free", "freed", "released", "out", then "on" and
a word of conditional release; so are people let out of a state's prison ("freed from a prison in
Loilem under an amnesty", "released from jail"), whom no one rescued from captors."""

from __future__ import annotations

from collections.abc import Sequence

#: Words of freedom that a court's conditional release follows
_FREE_WORDS = frozenset({"free", "freed", "released", "out"})
#: Words of a court's conditional release after "on": "on bail", "on bond", "on parole"
_RELEASE_TERMS = frozenset({"bail", "bond", "parole", "probation", "recognizance", "recognisance", "license", "licence"})


def on_bail(lower: Sequence[str], i: int, end: int) -> bool:
    """Whether the word at ``i`` is freedom on bail, bond or parole ("free on bail"; "free on
    their own recognizance": up to two words between "on" and the term), or out of a prison ("freed
    from a prison under an amnesty"), before ``end``."""
    if lower[i] not in _FREE_WORDS or i + 2 >= end:
        return False
    if lower[i + 1] == "from":
        return any(lower[k] in _PRISONS for k in range(i + 2, min(end, i + 5))) \
            or any(lower[k] in _PARDONS for k in range(i + 2, min(end, i + 12)))
    if lower[i + 1] != "on":
        return False
    return any(k < end and lower[k] in _RELEASE_TERMS for k in range(i + 2, i + 5))


#: A state's places of punishment, after "freed from": "freed from a prison in Loilem"
_PRISONS = frozenset({"prison", "prisons", "jail", "jails", "gaol", "penitentiary"})
#: Words of a state's pardon a release is told with: "under an amnesty"
_PARDONS = frozenset({"amnesty", "pardon", "pardoned", "clemency"})

"""A taking the story itself calls "the arrests" was an arrest, whatever verb told it first.

Outlets often open on people "detained" and then tell the same act again by its noun: "Police
have detained 300 Freedonian men ... The arrests were made on Monday at two hotels", "said it
detained 40 foreigners in an operation ... The arrests were carried out during a sweep of a
tower". The second sentence names what the first told: the people were arrested, and the act that
took them is the one the story has (its raid, or its arrest). Read word by word, the first verb
gave a detention (or a raid's DETAINED people and "detained" count), so the story's one taking
came out as a detention its own text calls an arrest.

Only where the story has one raid or arrest (any detention counting the same people, or none,
beside it), and that act counts no one as arrested yet: two operations, or people counted apart as
arrested and as detained, are kept as told (a custody after an arrest is its own)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from scamgraph.loaders.news.state import _Event
from scamgraph.model import RelType

__all__ = ["detained_as_arrested", "named_the_arrests"]

#: The verbs that tell an act done by its noun: "the arrests were made | carried out | conducted"
_DONE = frozenset({"made", "carried", "conducted", "effected"})


def named_the_arrests(lower: Sequence[str]) -> bool:
    """The text tells its taking as "the arrests" done ("The arrests were made on Tuesday",
    "the arrests, he said, were carried out by troops"), not as arrests of another time
    ("the arrests could be made", "after the arrests were made public")."""
    for k in range(len(lower) - 3):
        if lower[k] == "the" and lower[k + 1] == "arrests" and lower[k + 2] in {"were", "was"} \
                and lower[k + 3] in _DONE and lower[k + 4:k + 5] != ["public"]:
            return True
    return False


def detained_as_arrested(events: Sequence[_Event], edges: Mapping[tuple, object], told_apart: Collection[int],
                         fold: Callable[[_Event, _Event, dict[RelType, RelType]], None],
                         retell: Callable[[tuple, RelType], None]) -> None:
    """The story's one raid or arrest takes the detentions that count its people (or none), and
    the people it holds as DETAINED become its ARRESTED, with their count (see the module's
    docstring); ``retell`` re-adds one edge (its key) under another type."""
    acts = [e for e in events if e.type in {"raid", "arrest"} and not e.period]
    if len(acts) != 1 or "arrested" in acts[0].counts:
        return
    act = acts[0]
    held = [e for e in events if e.type == "detention" and id(e) not in told_apart]
    number = act.counts.get("detained")
    if any(e.period or number is not None and e.counts.get("detained") not in {None, number} for e in held):
        return  # (another group, or a custody over a span: not this act told again)
    for detention in held:
        if detention.counts.get("detained") is not None:
            act.counts.setdefault("detained", detention.counts.pop("detained"))
        fold(detention, act, {RelType.DETAINED: RelType.ARRESTED})
    for key in [k for k in edges if k[0] == act.node.key and k[1] is RelType.DETAINED]:
        retell(key, RelType.ARRESTED)
    if "detained" in act.counts:
        act.counts["arrested"] = act.counts.pop("detained")


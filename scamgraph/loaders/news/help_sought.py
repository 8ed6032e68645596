"""Help asked of a body: "the two men escaped and sought help from the Harbour Consulate" (a made-up
example). The body is named as the one the people turned to, not as one that helped in the escape or
the raid the sentence tells; whether it then acted, other sentences say."""

from __future__ import annotations

__all__ = ["help_sought_from"]

#: Verbs of asking for help
_SEEKING = frozenset({"sought", "seek", "seeks", "seeking", "asked", "asking", "ask", "asks", "requested",
                      "requesting", "request", "requests", "appealed", "appealing", "begged", "pleaded"})
#: What is asked for
_HELP = frozenset({"help", "assistance", "support", "protection", "aid", "shelter", "refuge"})


def help_sought_from(lower: list[str], start: int, sent_start: int) -> bool:
    """The agency starting at ``start`` follows "from" (and "the") after a word of help that a verb
    of asking governs within three words before it ("sought help from", "asked for assistance from"),
    or after a word of help and a participle of asking ("cooperation sought from")."""
    k = start - 1 - (start - 1 >= sent_start and lower[start - 1] == "the")
    if k - 2 >= sent_start and lower[k] == "from" and lower[k - 1] in _SEEKING and lower[k - 2] in _HELP | _WORKING:
        return True  # "with cooperation sought from X", "assistance requested from X": asked of X
    if k - 1 < sent_start or lower[k] != "from" or lower[k - 1] not in _HELP:
        return False
    return any(w in _SEEKING for w in lower[max(sent_start, k - 4):k - 1])


#: Working together asked for: "with ongoing cooperation sought from X"
_WORKING = frozenset({"cooperation", "co-operation", "collaboration", "coordination"})

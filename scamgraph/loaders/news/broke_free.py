"""People who "break free" or "broke free" got away by themselves: an escape, not a rescue. The
word "free" is a word of rescue ("free the hostages", "set free"), but after a form of "break" its
subject is the one who fled, often from the very police who raided them, so the number before it
counts no one rescued (audit 28: a raid page read as a rescue of the members who fled it). A closed
class: the forms of "break", then "free". Left alone where someone helped them ("helped 30
workers break free"), which tells a rescue by the helper, and where the words are a relative clause on the people ("15 workers who
broke free were later freed by police"), whose own verb comes after it."""

from __future__ import annotations

from collections.abc import Sequence

#: Forms of the verb before "free" that make it an escape
_BREAK = frozenset({"break", "breaks", "broke", "breaking", "broken"})
#: Words that open a relative clause on the people counted
_RELATIVES = frozenset({"who", "that", "which", "whom"})
#: Words before the people that make another the doer of their getting free
_HELPERS = frozenset({"help", "helps", "helped", "helping", "enabled", "allowed", "assisted"})


def broke_free(lower: Sequence[str], i: int, start: int) -> bool:
    """Whether the word at ``i`` is the "free" of "broke free" said of the people counted just
    before ``start`` (no relative pronoun between them and it), with no helper named in the eight
    words before the count."""
    if lower[i] != "free" or i - 1 < start or lower[i - 1] not in _BREAK:
        return False
    if any(lower[k] in _RELATIVES for k in range(start, i)):
        return False
    return not any(lower[k] in _HELPERS for k in range(max(0, start - 8), i))

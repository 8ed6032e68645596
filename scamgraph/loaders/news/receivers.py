"""The body people are handed or turned over to ("handed over to X") receives them: it takes part
in their sending home, and in a rescue whose last step the handover is ("were rescued and handed
over to the police"); a body people were handed to after a raid, an arrest or an inquiry ("before
they were turned over to X") took them over later and took part in none of those. A person named
after the handing's "to" ("handed over to Peru's consul in Hanoi, Ana Ruiz") is that receiver,
never one of the people handed (``named_receiver``).

Told from the receiving side, "The Lotland Border Guard received 57 citizens handed over by
Belmarian authorities", the sentence's subject received them and carried the return out; the body
after the handing's "by" gave them over and took part in it (``handed_by_to_receiver``), as the
receiver does where the handing body is the subject."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.words import SENDING_HOME

__all__ = ["handed_by_to_receiver", "named_receiver", "received_in"]

_RESCUE_WORDS = frozenset({"rescued", "freed", "released", "liberated"})
_HANDING_WORDS = frozenset({"handed", "turned", "transferred", "delivered"})
#: Verbs of handing whose "to" names the receiver: the people handed come before it
_HANDING_TO = _HANDING_WORDS | {"hands", "handing", "hand", "given"}


def received_in(kind: str, lower: Sequence[str], start: int, end: int) -> bool:
    """A body handed the people in the sentence ``lower[start:end]`` took part in its event of ``kind``."""
    return kind in SENDING_HOME or kind == "rescue" and _rescued_and_handed(lower[start:end])


def _rescued_and_handed(words: Sequence[str]) -> bool:
    """"were rescued (by soldiers) and handed over to": a rescue word before "and" + a handing word,
    with no comma between them."""
    for k in [k for k, w in enumerate(words[:-1]) if w == "and" and words[k + 1] in _HANDING_WORDS]:
        lead = words[max(0, k - 8):k]
        if any(w in _RESCUE_WORDS and "," not in lead[j:] for j, w in enumerate(lead)):
            return True
    return False


def named_receiver(words: Sequence[str], k: int) -> bool:
    """Whether the act word at ``k`` of the words before a person (``words``) is a handing verb whose
    "to" stands between it and the person ("were handed over to the Kenyan envoy, Ann Wambui"): the
    person took the people in, nothing was done to the person."""
    return words[k] in _HANDING_TO and "to" in words[k + 1:]


#: Verbs of taking people in that the sentence's subject does: "X received 57 citizens"
_RECEIVING = frozenset({"received", "receives", "receive", "receiving"})
#: The furthest a "received" may stand before the handing verb
_RECEIVED_REACH = 20


def handed_by_to_receiver(lower: Sequence[str], at: int, start: int) -> bool:
    """The body at ``at`` stands after "by" of a passive handing verb ("(who were) handed over by",
    "transferred by"), and a verb of receiving stands before it in the sentence (from ``start``):
    another body received the people, and this one handed them over."""
    k = at - 1 - (at - 1 > start and lower[at - 1] == "the")
    if k <= start or lower[k] != "by":
        return False
    k -= 1
    if k > start and lower[k] in {"over", "back"}:
        k -= 1
    if k <= start or lower[k] not in _HANDING_WORDS:
        return False
    return any(w in _RECEIVING for w in lower[max(start, k - _RECEIVED_REACH):k])

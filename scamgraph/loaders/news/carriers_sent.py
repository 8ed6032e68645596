"""Carriers a body sent, told before the infinitive of their purpose: "The army deployed two special
transport flights to repatriate 143 Nepalis on Monday", "sent three buses to bring back 60 workers".
An infinitive after a verb most often tells an aim ("plans to repatriate"), but aircraft or buses a
body sent flew or drove: the act they were sent for was done, on the day told with it.

Such a verb of carrying often takes a list of peoples for its object ("hired two planes to fly
the Zorvanians, four Ruritanians and one Syldavian from A to B"): each counted item is one of the
peoples carried, and the sentence's sending home (read from its carrier or its verb) is theirs."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc

__all__ = ["carriers_sent", "carrying_verb_of_a_list"]

#: Past verbs of sending carriers, and the carriers
_SENDING = frozenset({"deployed", "sent", "dispatched", "chartered", "mobilised", "mobilized", "flew"})
_CARRIERS = frozenset({"flight", "flights", "plane", "planes", "aircraft", "jet", "jets", "bus", "buses",
                       "airliner", "airliners", "aeroplanes", "airplanes"})


def carriers_sent(before: Sequence[str]) -> bool:
    """The words before an infinitive's "to" tell carriers sent: a past verb of sending and a carrier."""
    return not _SENDING.isdisjoint(before) and not _CARRIERS.isdisjoint(before)


#: Verbs of carrying people that take the list of them for their object
_CARRYING = frozenset({"fly", "flew", "flown", "bring", "brought", "carry", "carried", "ferry", "ferried",
                       "transport", "transported", "airlift", "airlifted"})
#: Words that may stand in a list of peoples between the verb and a later item: joins, articles
_IN_A_LIST = frozenset({",", "and", "the"})
#: How many words back from an item the verb may stand
_LIST_REACH = 16


def carrying_verb_of_a_list(lower: Sequence[str], like_num: Sequence[bool], doc: Doc, start: int,
                            floor: int, people: Collection[str]) -> int:
    """The index of the verb of carrying whose object is the list of peoples holding the item at
    ``start`` ("fly | the Zorvanians, four Ruritanians and | one Syldavian"; "flew | four Ruritanians
    and one Syldavian home"), else -1. Only joins, articles, numbers, peoples (entity type "NORP") and
    nouns of ``people`` may stand between. (``doc``'s types are read only at the words passed
    over: a list of every token's type, built for each count asked about, made a Token per word
    of the whole document, ~0.2 ms a count.)"""
    for k in range(start - 1, max(floor, start - _LIST_REACH) - 1, -1):
        if lower[k] in _CARRYING:
            return k
        if not (lower[k] in _IN_A_LIST or like_num[k] or doc[k].ent_type_ == "NORP" or lower[k] in people):
            return -1
    return -1

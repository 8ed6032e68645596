"""Acts ordered, not yet done: "the prime minister ordered the deportation of all foreigners
involved", "has ordered a nationwide crackdown on scam compounds", "ordered police to raid every
casino", "the 12 were ordered deported". An order tells what someone must do, as a demand does
(``demands``); the act is an event where the story tells it done ("were deported on Friday").
A court's order of custody is the custody itself: "ordered the defendants to be remanded", "ordered
the temporary detention of 20 suspects" tell people held from that day; so too an order to seize
assets (a forfeiture sought is a seizure) or to open an inquiry. Shared by the event words
(``promised_acts``) and the count verbs (``acts_not_done``)."""

from __future__ import annotations

from scamgraph.loaders.news.demands import asked_for_directly, asked_of_others
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS

__all__ = ["ordered"]

#: Verbs of ordering
_ORDERING = frozenset({"ordered", "orders", "ordering"})  # (not "in order to")
#: Verbs of a decision that takes the act as its object ("a judge approved the extradition of 12")
_DECIDING = _ORDERING | frozenset({"approved", "approves", "approving", "authorized", "authorised", "authorizes",
                                   "authorises", "recommended", "recommends", "endorsed", "endorses"})
#: Kinds of act an order leaves undone (custody, seizures, inquiries and verdicts an order makes)
_UNDONE_KINDS = frozenset({"arrest", "raid", "deportation", "repatriation", "extradition", "rescue"})
#: Pronouns an order takes as its object before the act's participle ("ordered them deported")
_ORDERED_PEOPLE = frozenset({"them", "him", "her", "all"})


def ordered(lower: list[str], i: int, start: int) -> bool:
    """The act word at ``i`` (sentence from ``start``) is what a verb of ordering orders: its object
    ("ordered the deportation of", also after a verb of approving: "approved the extradition of 12"), its infinitive ("ordered police to raid"), or its participle
    ("were ordered deported")."""
    if EVENT_TRIGGERS.get(lower[i]) not in _UNDONE_KINDS:
        return False
    if i - 1 >= start and lower[i - 1] in _ORDERING and lower[i].endswith("ed"):
        return True  # "the 12 were ordered deported"
    if i - 2 >= start and lower[i - 2] in _ORDERING and lower[i - 1] in _ORDERED_PEOPLE and lower[i].endswith("ed"):
        return True  # "convicted the 12 and ordered them deported": the order's object, then the act it orders
    return asked_for_directly(lower, i, start, _DECIDING) or asked_of_others(lower, i, start, _ORDERING)

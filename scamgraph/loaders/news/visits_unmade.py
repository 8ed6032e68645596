"""Words of a visit that tell no visit made: travel only booked or arranged ("a recruiter offered
to book her trip to Jakarta", "paid for the journey"), and a kind of people named by where they go
("warned nationals visiting Laos to be wary of job offers"). A visit the reader keeps is a body's
or an official's, made on a day; these tell a purchase, a plan, or a class of travellers."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["no_visit_made"]

#: Verbs of buying or arranging travel: the trip they act on is not yet made ("arranged", done, may
#: have led to the visit, and is left alone)
_BOOKING = frozenset({"book", "books", "booked", "booking", "arrange", "arranges", "arranging", "buy", "bought",
                      "fund", "funded", "plan", "plans", "planning"})
#: Verbs of paying, which buy a trip only with "for" ("paid for the trip"; "paid a visit" is one made)
_PAYING = frozenset({"pay", "pays", "paid", "paying"})
#: Words between such a verb and the trip: "book her trip", "paid for the journey"
_BEFORE_TRIP = frozenset({"a", "an", "the", "her", "his", "their", "my", "our", "your", "for", "return", "free"})
#: Nouns of a journey
_TRIPS = frozenset({"trip", "trips", "visit", "visits", "journey", "journeys"})
#: People named as a class, whom "visiting <place>" describes: "citizens visiting Laos"
_CLASSES = frozenset({"citizens", "nationals", "people", "residents", "compatriots", "anyone", "those", "foreigners",
                      "jobseekers", "job-seekers", "youths", "students", "workers"})


def no_visit_made(lower: Sequence[str], i: int, start: int) -> bool:
    """Whether the visit word at ``i`` (sentence from ``start``) tells travel booked or a class of
    travellers, no visit made."""
    return _booked(lower, i, start) or _a_class_visiting(lower, i, start)


def _booked(lower: Sequence[str], i: int, start: int) -> bool:
    """"offered to book her trip", "paid for the journey": the trip is what is bought or planned."""
    if lower[i] not in _TRIPS:
        return False
    k = i - 1
    while k > start and lower[k] in _BEFORE_TRIP:
        k -= 1
    return k >= start and (lower[k] in _BOOKING or lower[k] in _PAYING and "for" in lower[k + 1:i])


def _a_class_visiting(lower: Sequence[str], i: int, start: int) -> bool:
    """"warned citizens visiting Laos": the participle names which people, no visit on a day."""
    return lower[i] == "visiting" and i > start and lower[i - 1] in _CLASSES

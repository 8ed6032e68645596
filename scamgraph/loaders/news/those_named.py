"""People named by a past act after the pronoun "those" ("those arrested", "those deported"): the
pronoun stands for the people, so the participle tells no act of its own. Where the same sentence
goes on to tell another act of theirs ("those arrested could be extradited on <day>", "those
deported were among the people detained in <month>"), an event read from the participle would take
that other act's day; reading none leaves the act to the sentence that told it.

Kept narrow on purpose: "among those arrested was X" and "those sentenced were identified as X"
still tie X to the act (no other act follows), as the annotations expect."""

from __future__ import annotations

from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS


def names_people_of_another_act(lower: list[str], i: int, start: int, end: int) -> bool:
    """Whether the participle at i, right after "those", only names people whom a later event verb
    of the same sentence (start..end) tells another act of."""
    if i - 1 < start or lower[i - 1] != "those" or not lower[i].endswith("ed"):
        return False
    if i - 2 >= start and lower[i - 2] == "among":
        return False  # "among those arrested was X": X is one of the people the act took
    return any(word.endswith("ed") and word in EVENT_TRIGGERS for word in lower[i + 1:end])  # a verb, not a
    # noun of the same phrase ("those sentenced to death were identified as X" tells no other act)

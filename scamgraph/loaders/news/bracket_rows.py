"""People counted by nationality in brackets after a whole counted in the same sentence: "arrested 25
foreigners ..., comprising nationals of Zorvania (17), Kestria (5) and Lorvia (3)", "The 23 people deported
were nationals of Zorvania (14) and Kestria (9)". Far from their whole, or past a verb, the bracketed
numbers read as no list of it; where they add up to it exactly, they are its parts, whatever stands
between. Apart from ``parted_counts`` (parts read by the words between), as the sum is the proof here.
A table by country whose lead names things ("Phones were seized from Zorvania (402), ...") counts
no people at all (``table_of_things``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.words import POSSESSIONS


def bracketed_parts_of(count: _Count, whole: _Count | None, counts: list[_Count],
                       apposed: Mapping[int, tuple[str, str, int]], lower: Sequence[str]) -> bool:
    """``count`` is one of two or more people's numbers in brackets ("Zorvania (17)") after ``whole``,
    a count of no nationality in the same sentence, and all of them add up to the whole. No verb of
    an act stands between (but the whole's own participle: "The 23 deported were ..."): "arrested 25 and
    rescued nationals of ..." tells other people."""
    if whole is None or whole.nationality or whole.thing or not _bracketed(count, apposed):
        return False
    rows = [c for c in counts if c.start > whole.end and _bracketed(c, apposed)]
    if len(rows) < 2 or sum(c.value for c in rows) != whole.value:
        return False
    return not any(word in _COUNT_VERBS for word in lower[whole.end + 1:rows[0].start])


def _bracketed(count: _Count, apposed: Mapping[int, tuple[str, str, int]]) -> bool:
    """The count is a number in brackets after a demonym or a country ("Chinese (58)", "Laos (14)")."""
    return bool(count.nationality) and apposed.get(count.start, ("",))[0] == "IN_BRACKETS"


#: Words of a table of rows by country ("China (402), Vietnam (211) and Laos (87)") between its rows.
_ROW_WORDS = frozenset({"(", ")", ",", "and", "–", "—", "-", "--", ":", ";"})
#: Nouns of what a table by country may count other than people: the people's things (``POSSESSIONS``),
#: money, and the records of a crime ("Complaints came from Kestria (402), ...", "Losses by country: ...").
_TABLE_THINGS = POSSESSIONS | frozenset({
    "losses", "loss", "complaints", "complaint", "cases", "reports", "calls", "transactions", "messages", "websites",
    "sites", "domains", "numbers", "deposits", "transfers", "payments", "cash", "dollars", "visas", "flights",
    "applications", "incidents", "crimes", "offences", "offenses"})
#: How far before the table the noun it counts may stand ("phones were seized from | China (402)").
_NOUN_REACH = 4


def table_of_things(start: int, lower: Sequence[str], doc: Doc) -> bool:
    """The number at ``start`` is a row of a table by country whose lead names what it counts, and
    that is things ("Phones were seized from China (402), Vietnam (211) and Laos (87)", "Passports
    seized: China – 402, ...", "Complaints came from Kestria 40, ..."): the rows number the things, not
    people of those countries. A people noun in the lead ("passports of the workers from ...") leaves the
    rows to the other rules."""
    sent_start = doc[start].sent.start
    k = start - 1
    while k > sent_start and (lower[k] in _ROW_WORDS or doc[k].ent_type_ in {"COUNTRY", "NORP"}
                              or doc[k].like_num):
        k -= 1
    lead = lower[max(sent_start, k - _NOUN_REACH + 1):k + 1]
    return not _TABLE_THINGS.isdisjoint(lead) and not any(word in gz.people_nouns() for word in lead)

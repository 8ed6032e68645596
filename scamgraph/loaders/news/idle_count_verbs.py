"""A count's first act word that acts on no one: "the three ... are free on bail" (a court's
release, no rescue), "the five then transferred the funds" (money moved, no deportation), "the
nine were handed fresh charges" (a penalty received, no handover; audit 20), "90 arrest warrants
were issued" (a count of writs, no arrest; audit 20), "about 40 of them broke free" (an escape, no
rescue; audit 28), "booked flights" (travel, no charge). The
reader takes the first word of an act after counted people for what was done to them; where that
word is one of these, the count tells no act (audit 18). A screen on the words after the count up
to the first act word: no new per-token loop over the sentence beyond that word."""

from __future__ import annotations

from collections.abc import Container, Sequence

from scamgraph.loaders.news.broke_free import broke_free
from scamgraph.loaders.news.legal_instruments import writ_word
from scamgraph.loaders.news.let_go import freed_by_law
from scamgraph.loaders.news.money_moves import moves_money
from scamgraph.loaders.news.on_bail import on_bail
from scamgraph.loaders.news.things_handed import a_thing_given
from scamgraph.loaders.news.words import _PEOPLE_WORDS


def idle_count_verb(lower: Sequence[str], start: int, end: int, acts: Container[str], lead: int | None = None) -> str:
    """Why the first act word (one of ``acts``) from ``start`` to ``end`` acts on no one: "idle" for
    freedom on bail, a transfer of money, an escape ("broke free") or a penalty handed to the people
    ("the nine were handed fresh charges"); "writ" when it names a writ and no act word stands just before the count at
    ``lead`` ("more than 90 arrest warrants were issued", "five of them had arrest warrants": people
    sought, none caught, so the count is one of warrants); "" when it is an act."""
    if start < end and lower[start] == ",":  # "Twelve Indonesians, one of them with an arrest warrant, were arrested":
        close = next((j for j in range(start + 1, end) if lower[j] == ","), None)  # the act after the aside
        if close is not None and any(lower[j] in acts for j in range(close + 1, end)):
            start = close + 1
    k = next((j for j in range(start, end) if lower[j] in acts), None)
    if k is None:
        return ""
    if on_bail(lower, k, end) or freed_by_law(lower, k, end) or moves_money(lower, k, end) or a_thing_given(lower, k, end) \
            or broke_free(lower, k, start) or lower[k] == "booked" and not booked_for_a_crime(lower, k):
        return "idle"
    writ = lead is not None and writ_word(list(lower[max(0, k - 4):k + 2]), min(k, 4)) \
        and not any(lower[j] in acts for j in range(max(0, lead - 3), lead))
    return "writ" if writ else ""


#: Words after "booked" that make it a case against people ("booked for fraud", "booked under
#: section 420"), as Indian English has it; "booked flights", "booked a hotel" are no such case.
_BOOKED_FOR = frozenset({"for", "under"})


def booked_for_a_crime(lower: Sequence[str], k: int) -> bool:
    """"Twelve Nepali men were booked for cheating": a case registered against the people; so too
    "police booked 19 people for recruiting youths", the people named between (not "booked 19
    tickets for the flight")."""
    if k + 1 < len(lower) and lower[k + 1] in _BOOKED_FOR:
        return True
    end = next((j for j in range(k + 2, min(len(lower), k + 7)) if lower[j] in _BOOKED_FOR), None)
    return end is not None and any(word in _PEOPLE_WORDS for word in lower[k + 1:end])

"""Bodies that speak together: "the Ministry of Interior and the Ministry of Foreign Affairs said",
"according to the police and the immigration bureau", "..., said Thai police and the army". The
speech verb stands beside one of them only; every body of the list joined to it by "and" or a
comma speaks as well. A list that is the object of another verb ("handed them to the police and the
ministry said ...") is no list of speakers: it must open the sentence or follow the words that
lead a source in ("according to", an attributing "said", a comma or a quote). A body named
without a name after "and" ("the Interior Ministry and police said") leaves the named one a speaker
too."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

#: The words between two bodies of one list
_JOINS = (["and"], ["and", "the"], [","], [",", "the"], [",", "and"], [",", "and", "the"])
#: Words right before a list of speakers: an attributing "said"/"says", a comma or a quote ("according
#: to" is read apart: a bare "to" or "by" may end another verb's phrase, "handed them to A and B said")
_LEADS = frozenset({"said", "says", ",", "\"", "“", "”"})


def joint_speakers(found: set[tuple[int, int]], ents: Sequence[Span], lower: Sequence[str],
                   floor: int) -> set[tuple[int, int]]:
    """``found`` with the bodies listed with one of its speakers (``floor``: the sentence's start)."""
    bodies = sorted((e for e in ents if e.label_ == "AGENCY"), key=lambda e: e.start)
    lists: list[list[Span]] = []
    for body in bodies:
        if lists and list(lower[lists[-1][-1].end:body.start]) in _JOINS:
            lists[-1].append(body)
        else:
            lists.append([body])
    speakers = set(found)
    for listed in lists:
        spans = {(b.start, b.end) for b in listed}
        if len(listed) > 1 and spans & found and _opens_a_source(lower, listed[0].start, floor) \
                and "and" in lower[listed[-2].end:listed[-1].start]:
            speakers |= spans  # (a list ends on "and": "According to A, B did ..." is a source and a doer)
    return speakers


def _opens_a_source(lower: Sequence[str], start: int, floor: int) -> bool:
    """The list starting at ``start`` opens the sentence or follows a word that leads a source in
    (past "the" and a country's possessive: "Lotland's police and the army said")."""
    k = start - 1
    if k >= floor and lower[k] == "the":
        k -= 1
    if k - 1 >= floor and lower[k] in {"'s", "’s"}:
        k -= 2
        if k >= floor and lower[k] == "the":
            k -= 1
    return k < floor or lower[k] in _LEADS or lower[k] == "to" and k - 1 >= floor and lower[k - 1] == "according"


#: Bodies written without a name that may close a list of speakers: "X and police said"
_BARE_PARTNERS = frozenset({"police", "army", "military", "officials", "authorities", "prosecutors"})


def past_bare_partner(lower: Sequence[str], end: int, stop: int) -> int:
    """Past "and (the) police" right after a body's name ending at ``end`` when a speech verb may
    follow ("the Interior Ministry and police said"), else ``end``."""
    k = end + 1 + (lower[end + 1:end + 2] == ["the"])
    return k + 1 if end < stop and lower[end] == "and" and k < stop and lower[k] in _BARE_PARTNERS else end

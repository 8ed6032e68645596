"""City-states in lists of countries: "citizens from Malaysia and Singapore, Pakistan and Taiwan".
The gazetteer reads "Singapore", "Kuwait" or "Macau" as a city (news places events there as it
does in towns), which breaks a list of countries at that name; inside such a list the name is its
country, so the people listed take its nationality and the list goes on past it. So is the name
right before a noun of the people who belong to it ("four Macau residents", "two Singapore
citizens"): they are its nationals, as "Hong Kong residents" are Hong Kong's."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.resolve import country_code

__all__ = ["city_states_in_country_lists"]

#: Words between the items of a list
_GLUE = frozenset({",", "and", "or", "the"})
#: Nouns of the people who belong to a place, after its name ("Macau residents")
_BELONGING = frozenset({"resident", "residents", "citizen", "citizens", "national", "nationals", "native", "natives",
                        "passport", "man", "woman", "men", "women"})


def city_states_in_country_lists(view: DocView) -> list[Span]:
    """Country spans for the cities named as their own country ("Singapore|city|SG") that stand in
    a list beside a country or a demonym, or before a noun of their people."""
    found = []
    ents = sorted(view.ents, key=lambda e: e.start)
    for k, ent in enumerate(ents):
        if ent.label_ != "PLACE":
            continue
        canonical, code = ent.id_.split("|")[0], ent.id_.rpartition("|")[2]
        if not code or country_code(canonical) != code:
            continue  # (the gazetteer's own name: no text of a span built for every place)
        if _listed_with_a_country(view, ents[k - 1] if k else None, ent) \
                or _listed_with_a_country(view, ent, ents[k + 1] if k + 1 < len(ents) else None) \
                or ent.end < len(view.lower) and view.lower[ent.end] in _BELONGING:
            found.append(view.make(ent.start, ent.end, "COUNTRY", code))
    return found


def _listed_with_a_country(view: DocView, first: Span | None, second: Span | None) -> bool:
    """Two entities with only list words between them, one of them a country or a demonym."""
    if first is None or second is None or second.start <= first.end:
        return False
    return {first.label_, second.label_} & {"COUNTRY", "NORP"} != set() \
        and all(w in _GLUE for w in view.lower[first.end:second.start])

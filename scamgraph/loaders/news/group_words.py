"""A people's word before a plural noun of people names a group, never one person: in "According
to Undersecretary X, the remaining Chinese nationals are still being processed" the words after
the name's comma open the main clause; they do not describe X ("X, a Chinese national" does)."""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["names_a_group"]

#: Plural nouns of people that make the demonym before them a group's
_PLURAL_PEOPLE = frozenset({"nationals", "citizens", "workers", "victims", "suspects", "people", "men", "women",
                            "migrants", "returnees", "deportees", "detainees", "nationalities"})


def names_a_group(lower: list[str], ent: Span) -> bool:
    """``ent`` is a demonym (or a country) followed by a plural noun of people."""
    return ent.label_ in {"NORP", "COUNTRY"} and ent.end < len(lower) and lower[ent.end] in _PLURAL_PEOPLE

"""A diplomat's posting between the title and the name: "Nepali Ambassador to Thailand, Bina
Karki, met the group". The country after "to" is where the envoy serves, not whom; with the
comma of an apposition after it, the title before still names the person (and the state whose
embassy the envoy works for)."""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["posting_ends_at"]


def posting_ends_at(lower: list[str], by_end: dict[int, Span], k: int) -> bool:
    """A country right after "<title> to" ends at ``k`` ("Ambassador to | Laos")."""
    country = by_end.get(k)
    if country is None or country.label_ != "COUNTRY" or country.start < 2 or lower[country.start - 1] != "to":
        return False
    role = by_end.get(country.start - 1)
    if role is not None and role.label_ == "COUNTRY" and role.start >= 2 and lower[role.start - 1] == "of":
        role = by_end.get(role.start - 1)  # "Ambassador of Bhutan to | Thailand": past the sending state
    return role is not None and role.label_ == "ROLE"

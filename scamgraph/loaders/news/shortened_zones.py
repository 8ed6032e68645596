"""A named zone told again without one of its qualifiers is the same zone: "the Amber Wren Special
Economic Zone ... scam groups moved to the Amber Wren Economic Zone" (or "the Amber Wren Zone")
names one site twice, the second time shorter; so does "the Special Economic Zone" after it, its
qualifiers and head without the name. Without this the shorter name becomes a second
site, and what is told of it (a move, a raid) leaves the zone the story is about.

Only a word that qualifies a zone may be left out ("special", "economic", ...): the name's own
words and its head stay, so "the Amber Wren Free Trade Zone" and "the Amber Wren Border Zone" stay two."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from scamgraph.model import Label, Node

__all__ = ["shortened_zones"]

#: Heads of a zone's name
_ZONE_HEADS = frozenset({"zone", "sez"})
#: Words of a zone's name that the story may leave out when it names the zone again
_QUALIFIERS = frozenset({"special", "economic"})


def shortened_zones(sites: Iterable[Node], aliases: Mapping[str, str]) -> dict[str, str]:
    """{shorter site's key: full site's key} for each site named as a longer site's name less some
    of its qualifiers, where exactly one longer site fits; and each of the earlier ``aliases`` that
    led to a shorter name, led on to the full one (a described site renamed to the short name)."""
    zones = {s.key: s.name.lower().split() for s in sites if s.label is Label.SITE and s.name.lower().split()[-1:]
             and s.name.lower().split()[-1] in _ZONE_HEADS}
    found = {}
    for key, words in zones.items():
        longer = [other for other, full in zones.items() if other != key and _less_qualifiers(full, words)]
        if len(longer) == 1 and key not in aliases:
            found[key] = longer[0]
    return found | {old: found[new] for old, new in aliases.items() if new in found}


def _less_qualifiers(full: list[str], short: list[str]) -> bool:
    """``short`` is ``full`` with one or more qualifier words left out, its head and first word kept;
    or ``short`` is the qualifiers and head alone ("the Special Economic Zone"), the name left out."""
    if len(short) >= len(full) or len(short) < 2 or short[-1] != full[-1]:
        return False
    if short[0] != full[0]:
        return all(word in _QUALIFIERS for word in short[:-1]) and full[-len(short):] == short
    k = 0
    for word in full:
        if k < len(short) and word == short[k]:
            k += 1
        elif word not in _QUALIFIERS:
            return False
    return k == len(short)

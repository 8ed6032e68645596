"""A body named bare before the story names it with its country's people ("the Immigration
Department ... the Atlantian Immigration Department") is that one body: the bare name every
country's body has ("Immigration Department", "Ministry of Foreign Affairs") is folded into the
one fuller name that adds only a demonym or a country's name in front. Told the other way round
(the fuller name first), the reader already refers the bare name back as it reads."""

from __future__ import annotations

from scamgraph.loaders.news.agency_names import _generic_agency
from scamgraph.loaders.news.courts import _move_facts
from scamgraph.model import Edge, Label, Node
from scamgraph.resolve import country_code


def fold_bare_bodies(nodes: dict[str, Node], edges: dict[tuple[str, str, str], Edge]) -> None:
    """Move the facts of each bare, generic agency onto the one agency named with a country before it."""
    agencies = [n for n in nodes.values() if n.label == Label.AGENCY]
    for bare in [n for n in agencies if len(n.name.split()) >= 2 and _generic_agency(n.name)]:
        home = bare.properties.get("country")
        fuller = [n for n in agencies if n is not bare and _country_before(n.name, bare.name)
                  and (not home or n.properties.get("country") in (None, home))]
        if len(fuller) == 1:
            _move_facts(bare.key, fuller[0].key, nodes, edges)


def _country_before(name: str, tail: str) -> bool:
    """"Atlantian Immigration Department" for "Immigration Department": a demonym or country first."""
    if not name.lower().endswith(" " + tail.lower()):
        return False
    return country_code(name[: len(name) - len(tail) - 1]) is not None

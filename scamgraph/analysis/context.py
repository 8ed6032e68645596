"""Context nodes: the one notion of what describes an entity rather than ties entities together.

A shared nationality, country, city or scam type says something about two people; it is not a
link between them. Paths, communities, centrality, hidden links and the graph page leave these
nodes out of the structure by default (and say so); every view can take them back on request.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("person:a", label="Person"); g.add_node("nationality:KR", label="Nationality")
>>> is_context(g.nodes["nationality:KR"]), is_context(g.nodes["person:a"])
(True, False)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["CONTEXT_LABELS", "is_context"]

#: Labels whose nodes describe entities: nationalities, places (countries, provinces, cities,
#: towns) and kinds of scam. Sites are not context: a compound is where people actually meet.
CONTEXT_LABELS = frozenset({"Nationality", "Location", "ScamType"})


def is_context(data: Mapping[str, Any]) -> bool:
    """Whether a node (its attribute mapping, as in ``G.nodes[n]``) is a context node."""
    return data.get("label") in CONTEXT_LABELS

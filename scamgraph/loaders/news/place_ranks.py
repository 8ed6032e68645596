"""How fine a place is: a site ranks below a town, a town below a province, a province below a
country. Apart because the readers of what lies in what (``places.py``), of unnamed sites
(``unnamed_sites.py``) and of where an event happened (``event_places.py``) all weigh places by it."""

from __future__ import annotations

from scamgraph.loaders.nlp import PLACE_RANK
from scamgraph.model import Label, Node


def _rank(node: Node) -> int:
    return 0 if node.label is Label.SITE else PLACE_RANK.get(str(node.properties.get("kind", "city")), 2)

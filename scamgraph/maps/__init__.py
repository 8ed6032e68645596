"""Maps: where the sites and places of a graph are, and where the people found there came from.

``coords`` places nodes (with the source and precision of each coordinate), ``layers`` turns a
graph into points, flows and what could not be placed, ``svg`` draws them, ``page`` writes the
offline ``map.html``; ``scamgraph.exports.geojson`` writes the same layers for GIS tools.
"""

from scamgraph.maps.layers import MapLayers, layers
from scamgraph.maps.page import ATTRIBUTION, render, write

__all__ = ["ATTRIBUTION", "MapLayers", "layers", "render", "write"]

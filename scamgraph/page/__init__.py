"""The interactive graph page: one offline HTML file (pyvis/vis-network plus our script), escaped."""

from scamgraph.page.viz import STYLE, VizOptions, build, render, write

__all__ = ["STYLE", "VizOptions", "build", "render", "write"]

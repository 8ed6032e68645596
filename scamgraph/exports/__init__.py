"""Exports of a graph to the formats other tools read, and the redaction they all share."""

from scamgraph.exports.formats import FORMATS, export, flat

__all__ = ["FORMATS", "export", "flat"]

"""scamgraph: reports about online-scam operations in, a knowledge graph and its connections out."""

__version__ = "0.1.0"

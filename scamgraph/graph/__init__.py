"""The graph store: the protocol, the embedded FalkorDB and Neo4j backends, writes and the Cypher library."""

from scamgraph.graph.store import GraphStore, MergeResult, StoreError, open_store

__all__ = ["GraphStore", "MergeResult", "StoreError", "open_store"]

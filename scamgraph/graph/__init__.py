"""Stores (embedded FalkorDB, Neo4j), analysis and visualization over the scamgraph model."""

from scamgraph.graph.store import GraphStore, MergeResult, StoreError, open_store

__all__ = ["GraphStore", "MergeResult", "StoreError", "open_store"]

"""The ``scamgraph`` command line. Thin: parse, call the library, print.

Every command takes ``--store URL`` (or ``SCAMGRAPH_STORE``); the default is the embedded store
in ``./.scamgraph`` (or ``$SCAMGRAPH_HOME``), which needs no server. One module per command
group: ``ingest`` (ingest, run, extract, evaluate), ``fetch`` (fetch, watch), ``maps`` (map), ``query`` (query, stats, schema), ``views``
(analyze, viz, resolve, report, export); ``common`` holds what they share.
"""

from scamgraph.cli import fetch, ingest, maps, query, views  # noqa: F401  (each module registers its commands)
from scamgraph.cli.common import app

__all__ = ["app"]

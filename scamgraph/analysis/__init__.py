"""Link analysis over a NetworkX graph the caller gives it: never a database, never a file.

``links`` holds the algorithms (centrality, brokers, communities, hidden links, explained paths).
"""

from scamgraph.analysis.context import CONTEXT_LABELS, is_context  # noqa: F401
from scamgraph.analysis.links import *  # noqa: F401,F403
from scamgraph.analysis.links import __all__  # noqa: F401
from scamgraph.analysis.neighbourhood import distances, neighbourhood  # noqa: F401

"""Link analysis over a NetworkX graph the caller gives it: never a database, never a file.

``links`` holds the algorithms (centrality, brokers, communities, hidden links); ``facts`` the
graph they share and explained paths; ``context`` the one notion of context nodes;
``neighbourhood`` the one meaning of ``--around X --hops N``.
"""

from scamgraph.analysis.context import CONTEXT_LABELS, is_context  # noqa: F401
from scamgraph.analysis.links import *  # noqa: F401,F403
from scamgraph.analysis.links import __all__  # noqa: F401
from scamgraph.analysis.neighbourhood import distances, neighbourhood  # noqa: F401

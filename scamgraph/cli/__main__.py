"""``python -m scamgraph.cli``: the same as the ``scamgraph`` command."""

from scamgraph.cli import app

app()

"""``scamgraph map``: where the compounds are and where the people found in them came from."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from scamgraph.cli.common import (
    AroundOption,
    AsOfOption,
    HopsOption,
    RedactOption,
    SinceOption,
    StoreOption,
    _masked_view,
    _redacting,
    _view,
    app,
    out,
)


@app.command("map")
def map_(
    out_file: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("out/map.html"),
    as_of: AsOfOption = None,
    since: SinceOption = None,
    around: AroundOption = None,
    hops: HopsOption = 2,
    redact: RedactOption = None,
    store: StoreOption = None,
) -> None:
    """Write a map page that works offline: compounds and places as points, flows of people from
    their country to where they were found, arrested, detained, rescued, repatriated or deported.

    Line width is the largest count a report gave for that flow ("people, as reported"); dashed
    lines had no count. Click a point or a line for its facts, quotes and reports. Places the
    gazetteer cannot place (provinces, unknown towns) are listed as "not placed", never guessed.
    For GIS tools, `scamgraph export --format geojson` writes the same layers.

    Example: scamgraph map --out out/map.html --as-of 2025-10-31 --redact victims
    """
    from scamgraph.maps import layers, write

    redacting = _redacting(redact)
    graph, center = _view(store, as_of, since, around, hops)
    graph, center, tail = _masked_view(graph, center, redacting, "map")
    title = "scamgraph map" + tail
    filters = {"as of": as_of, "since": since, "around": center, "hops": hops if center else None}
    path = write(graph, out_file, title, filters)
    shown = layers(graph)
    out.print(f"map: {path} ({len(shown.points)} points, {len(shown.flows)} flows, "
              f"{len(shown.not_placed) + len(shown.flows_not_placed)} not placed)", highlight=False)

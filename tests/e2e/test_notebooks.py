"""Every notebook runs top to bottom on the examples (each checks its own findings with asserts),
and none is committed with outputs."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT, neo4j_store

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def execute(path: Path, env: dict[str, str] | None = None) -> nbformat.NotebookNode:
    """Run a notebook in a fresh kernel from notebooks/, as Jupyter would; any error fails."""
    book = nbformat.read(path, as_version=4)
    saved = dict(os.environ)
    os.environ.update(env or {})
    if not (env or {}).get("SCAMGRAPH_STORE"):
        os.environ.pop("SCAMGRAPH_STORE", None)
    try:
        NotebookClient(book, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return book


def test_there_are_the_three_walkthroughs() -> None:
    assert [p.stem for p in NOTEBOOKS] == ["01-raid-to-network", "02-brokers-clusters-hidden-links",
                                           "03-neo4j-cypher-library"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_committed_without_outputs(path: Path) -> None:
    book = nbformat.read(path, as_version=4)
    code = [cell for cell in book.cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code), (
        f"{path.name} has outputs: clear them before committing (jupyter nbconvert --clear-output --inplace)")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_the_embedded_store(path: Path) -> None:
    book = execute(path)
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    if path.stem.startswith("01"):
        html = [o for o in outputs if "text/html" in o.get("data", {})]
        assert html and "vis-network" in html[-1]["data"]["text/html"]  # the pyvis view, inline


def test_cypher_notebook_runs_against_neo4j(neo4j_server: dict[str, str]) -> None:
    neo4j_store(neo4j_server).close()
    book = execute(ROOT / "notebooks" / "03-neo4j-cypher-library.ipynb", {
        "SCAMGRAPH_STORE": neo4j_server["url"], "NEO4J_USER": neo4j_server["user"],
        "NEO4J_PASSWORD": neo4j_server["password"]})
    printed = "".join(o.get("text", "") for cell in book.cells if cell.cell_type == "code" for o in cell.outputs)
    assert "store: neo4j" in printed

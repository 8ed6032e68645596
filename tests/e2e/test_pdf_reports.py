"""PDF reports as NGOs, courts and police publish them: generated here with fpdf2, read with the
real loader, stored through the real CLI. Evidence must say which page a fact is on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fpdf import FPDF

from scamgraph.loaders import LoadError, load_path
from scamgraph.model import RelType


def _pdf(path: Path, pages: list[list[str]], *, blank_pages: tuple[int, ...] = (), title: str = "") -> Path:
    """One page per list of lines; pages whose number is in ``blank_pages`` get only a drawing
    (no text layer), as a scanned page has."""
    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 2))
    if title:
        pdf.set_title(title)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if number in blank_pages:
            pdf.rect(20, 20, 150, 200, style="F")
            continue
        pdf.set_font("helvetica", size=11)
        for line in lines:
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


REPORT_PAGES = [
    ["Annual review of trafficking into online scam operations", "Prepared by a regional NGO network."],
    ["Thai police rescued 61 Kenyan nationals from a compound in Myawaddy on 12 May 2025.",
     "The workers said recruiters had promised them jobs in Bangkok."],
    ["Table 2: Victims rescued in 2025, by nationality", "Nationality | Number", "Indonesian | 554",
     "Kenyan | 61", "Chinese | 1,041", "Source: embassy records."],
]


def test_facts_carry_the_page_they_were_read_on(tmp_path: Path) -> None:
    batch = load_path(_pdf(tmp_path / "review.pdf", REPORT_PAGES, title="Annual review 2025"))
    assert batch.report.properties["kind"] == "pdf" and batch.report.properties["pages"] == 3
    assert batch.report.name == "Annual review 2025"
    rescued = [e for e in batch.edges if e.type is RelType.RESCUED and e.target == "nationality:KE"]
    assert rescued and {e.properties["page"] for e in rescued} >= {2}
    for edge in batch.edges:
        if edge.type is not RelType.MENTIONS and edge.evidence and edge.evidence[0].start is not None:
            assert edge.properties.get("page") in {1, 2, 3}


def test_a_table_of_counts_by_nationality_gives_counts(tmp_path: Path) -> None:
    batch = load_path(_pdf(tmp_path / "review.pdf", REPORT_PAGES))
    table = {e.target: e.properties for e in batch.edges
             if e.type is RelType.RESCUED and "table" in e.source}
    assert {k: v["count"] for k, v in table.items()} == {"nationality:ID": 554, "nationality:KE": 61,
                                                        "nationality:CN": 1041}
    assert {v["page"] for v in table.values()} == {3}
    event = batch.nodes[next(e.source for e in batch.edges if "table" in e.source)]
    assert event.properties["type"] == "rescue" and event.properties["count_rescued"] == 1656


def test_a_scan_without_text_layer_is_refused_and_a_blank_page_is_reported(tmp_path: Path) -> None:
    scan = _pdf(tmp_path / "scan.pdf", [[], []], blank_pages=(1, 2))
    with pytest.raises(LoadError, match="no text layer on any of its 2 pages.*OCR"):
        load_path(scan)
    mixed = load_path(_pdf(tmp_path / "mixed.pdf", REPORT_PAGES[:2] + [[]], blank_pages=(3,)))
    assert any("page 3 has no text layer" in p for p in mixed.problems)


def test_not_a_pdf_is_one_clear_error(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.7\nthis is not really a PDF")
    with pytest.raises(LoadError, match="fake.pdf: not a readable PDF"):
        load_path(fake)


def test_ingest_of_pdfs_stores_pages_and_goes_on_past_a_scan(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _pdf(folder / "a-review.pdf", REPORT_PAGES)
    _pdf(folder / "b-scan.pdf", [[]], blank_pages=(1,))
    env = {**os.environ, "SCAMGRAPH_HOME": str(tmp_path / "store"), "COLUMNS": "300"}
    env.pop("SCAMGRAPH_STORE", None)
    cli = [sys.executable, "-m", "scamgraph.cli"]
    done = subprocess.run([*cli, "ingest", str(folder)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 1  # the scan failed, the review went in
    errors = [line for line in done.stderr.splitlines() if "b-scan.pdf" in line and "error" in line]
    assert len(errors) == 1 and "no text layer" in errors[0]
    assert "Traceback" not in done.stderr
    rows = subprocess.run([*cli, "query", "MATCH (e:Event)-[r:RESCUED]->(n:Nationality) RETURN n.iso2 AS iso2, "
                           "r.count AS count, r.page AS page ORDER BY iso2, page", "-f", "json"],
                          capture_output=True, text=True, env=env, timeout=300)
    found = json.loads(rows.stdout)
    assert {"iso2": "ID", "count": 554, "page": 3} in found
    assert any(r["iso2"] == "KE" and r["page"] == 2 for r in found)

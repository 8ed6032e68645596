"""Ingest writes new reports together where the store gains by it (Neo4j: ``group_records``
records a transaction) and one by one elsewhere. Either way, every file's outcome and the stored graph
are what merging the reports one after another gives. Run against both real stores."""

from __future__ import annotations

from pathlib import Path

from scamgraph.graph.store import BaseStore, MergeResult
from scamgraph.graph.writes import edge_rows, node_rows
from scamgraph.loaders import iter_report_files, load_path
from scamgraph.model import GraphBatch
from scamgraph.pipeline import batch_records, ingest
from tests.contract.test_store_contract import _batch, _totals
from tests.reports import expected_counts, write_reports


def _one_by_one(folder: Path) -> list[tuple[int, int]]:
    """(nodes created, edges created) per file, as sequential merges count them: a node for
    the first report that names it, an edge for every distinct edge of a new report."""
    seen: set[tuple[str, str]] = set()
    counts = []
    for path in iter_report_files([folder]):
        full = load_path(path).with_mentions()
        keys = {(label.value, row["key"]) for label, rows in node_rows(full).items() for row in rows}
        counts.append((len(keys - seen), sum(len(rows) for rows in edge_rows(full).values())))
        seen |= keys
    return counts


def test_outcomes_and_graph_are_those_of_one_report_at_a_time(store: BaseStore, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write_reports(folder, range(120))  # 960 records
    groups: list[int] = []  # the records of each group ingest wrote together
    grouping = store.group_records > 1
    if grouping:
        store.group_records = 300  # about 38 reports a group: several groups on Neo4j
        write_group = store.merge_group

        def counted(batches: list[GraphBatch]) -> list[MergeResult] | None:
            groups.append(sum(map(batch_records, batches)))
            return write_group(batches)

        store.merge_group = counted  # type: ignore[method-assign]
    summary = ingest(store, [folder])
    if grouping:  # each group but the last held at least group_records records, and no more reports
        assert len(groups) == 4 and min(groups[:-1]) >= 300 and sum(groups) == 960
        assert all(size - 8 < 300 for size in groups[:-1]), groups  # each test report: 8 records
    assert [f.status for f in summary.files] == ["stored"] * 120
    assert [(f.nodes_created, f.edges_created) for f in summary.files] == _one_by_one(folder)
    assert _totals(store) == expected_counts([folder])


def test_a_stored_report_in_a_group_is_skipped_and_the_others_written(store: BaseStore,
                                                                      tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    paths = write_reports(folder, range(10))
    store.merge(load_path(paths[5]))
    summary = ingest(store, [folder])
    assert [f.status for f in summary.files] == ["stored"] * 5 + ["unchanged"] + ["stored"] * 4
    assert _totals(store) == expected_counts([folder])


def test_a_file_that_fails_to_load_keeps_its_place_and_costs_only_itself(store: BaseStore,
                                                                        tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write_reports(folder, range(6))
    (folder / "report-0002b.json").write_text("{not json", "utf-8")
    summary = ingest(store, [folder])
    assert [(Path(f.path).name, f.status) for f in summary.files] == [
        ("report-0000.json", "stored"), ("report-0001.json", "stored"), ("report-0002.json", "stored"),
        ("report-0002b.json", "failed"), ("report-0003.json", "stored"), ("report-0004.json", "stored"),
        ("report-0005.json", "stored")]
    assert "report-0002b.json" in summary.files[3].error
    assert _totals(store) == expected_counts([folder / f"report-{i:04d}.json" for i in range(6)])


def test_merge_group_writes_new_reports_at_once_or_nothing(store: BaseStore) -> None:
    batches = [_batch(i) for i in range(3)]
    results = store.merge_group(batches)
    if store.group_records == 1:  # the embedded store writes one report at a time
        assert results is None
        return
    assert results is not None
    assert [(r.report, r.skipped) for r in results] == [(b.report_key, False) for b in batches]
    before = _totals(store)
    assert store.merge_group([_batch(3), _batch(1)]) is None  # report 1 is stored: nothing written
    assert _totals(store) == before
    assert not store.has_report(_batch(3).report_key)

"""Graph page speed in headless Debian chromium: time until the page is interactive.

Baseline in the same run: the same page with physics on and no precomputed layout, timed until
vis-network finishes stabilizing (what pyvis pages do by default). "Interactive" is vis-network's
first complete drawing after the page script ran (``afterDrawing``), measured from navigation
start; physics-on pages are interactive only once they stop moving.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.analysis import synthetic_network
from scamgraph.page import VizOptions, write


def _open(browser, path: Path, wait_stable: bool, timeout_s: float) -> float:  # type: ignore[no-untyped-def]
    context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(path.as_uri())
    condition = "window.scamgraph && window.scamgraph.stableAt" if wait_stable else "window.scamgraph && window.scamgraph.ready"
    page.wait_for_function(condition, timeout=timeout_s * 1000)
    at = page.evaluate("window.scamgraph.stableAt || window.scamgraph.readyAt")
    context.close()
    return at / 1000


def report(sizes: list[int], physics_size: int, timeout_s: float) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for size in sizes:
            graph = synthetic_network(size * 3)  # trimmed to `size` most central entities below
            started = time.perf_counter()
            page = write(graph, Path(folder) / f"g{size}.html", VizOptions(max_nodes=size))
            built = time.perf_counter() - started
            seconds = _open(browser, page, False, timeout_s)
            print(f"{size:>6} nodes, precomputed layout : interactive in {seconds:6.2f} s "
                  f"(page built in {built:.1f} s, {page.stat().st_size / 2**20:.1f} MiB)")
        graph = synthetic_network(physics_size * 3)
        still = write(graph, Path(folder) / "still.html", VizOptions(max_nodes=physics_size))
        moving = write(graph, Path(folder) / "moving.html", VizOptions(max_nodes=physics_size, physics=True))
        fast = _open(browser, still, False, timeout_s)
        try:
            slow = _open(browser, moving, True, timeout_s)
            slow_text = f"{slow:6.2f} s"
        except Exception:  # noqa: BLE001 - a timeout is the measurement here
            slow, slow_text = timeout_s, f">{timeout_s:.0f} s (gave up)"
        print(f"{physics_size:>6} nodes, physics on (baseline) : stable in {slow_text}")
        print(f"{physics_size:>6} nodes, precomputed layout  : interactive in {fast:6.2f} s")
        print(f"ratio physics-on / precomputed : {slow / fast:.0f}x{' (at least)' if slow == timeout_s else ''}")
        browser.close()

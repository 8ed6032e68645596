"""Graph page speed in headless Debian chromium: time until the page is interactive.

Baseline in the same run: the same page with physics on and no precomputed layout, timed until
vis-network finishes stabilizing (what pyvis pages do by default). "Interactive" is vis-network's
first complete drawing after the page script ran, measured from navigation start; physics-on
pages are interactive only once they stop moving.

The page marks those moments on ``<body>`` (``data-ready``, ``data-stable``), so the bench waits
with a selector: the page's Content-Security-Policy forbids the eval that a string
``wait_for_function`` needs. A page that does not get there in time is reported as not run, with
the reason, and no ratio is computed from it.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from bench.analysis import synthetic_network
from scamgraph.page import VizOptions, write


def _open(browser: Any, path: Path, wait_stable: bool, timeout_s: float) -> float:
    """Seconds from navigation start to the page's mark; raises when it does not come in time."""
    context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        page.goto(path.as_uri(), timeout=timeout_s * 1000)
        mark = "data-stable" if wait_stable else "data-ready"
        page.wait_for_selector(f"body[{mark}]", state="attached", timeout=timeout_s * 1000)
        at = page.evaluate("window.scamgraph.stableAt" if wait_stable else "window.scamgraph.readyAt")
        return float(at) / 1000
    finally:
        context.close()


def _try(browser: Any, path: Path, wait_stable: bool, timeout_s: float) -> tuple[float | None, str]:
    """The time, or None and why it did not run (a timeout or an error is not a figure)."""
    try:
        return _open(browser, path, wait_stable, timeout_s), ""
    except Exception as exc:  # noqa: BLE001 - reported as "not run", never as a measurement
        return None, f"not run: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}"


def report(sizes: list[int], physics_size: int, timeout_s: float) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for size in sizes:
            graph = synthetic_network(size * 3)  # trimmed to `size` most central entities below
            started = time.perf_counter()
            page = write(graph, Path(folder) / f"g{size}.html", VizOptions(max_nodes=size))
            built = time.perf_counter() - started
            seconds, why = _try(browser, page, False, timeout_s)
            figure = f"interactive in {seconds:6.2f} s" if seconds is not None else why
            print(f"{size:>6} nodes, precomputed layout : {figure} "
                  f"(page built in {built:.1f} s, {page.stat().st_size / 2**20:.1f} MiB)", flush=True)
        graph = synthetic_network(physics_size * 3)
        still = write(graph, Path(folder) / "still.html", VizOptions(max_nodes=physics_size))
        moving = write(graph, Path(folder) / "moving.html", VizOptions(max_nodes=physics_size, physics=True))
        fast, fast_why = _try(browser, still, False, timeout_s)
        slow, slow_why = _try(browser, moving, True, timeout_s)
        print(f"{physics_size:>6} nodes, physics on (baseline) : "
              + (f"stable in {slow:6.2f} s" if slow is not None else slow_why))
        print(f"{physics_size:>6} nodes, precomputed layout  : "
              + (f"interactive in {fast:6.2f} s" if fast is not None else fast_why))
        if slow is not None and fast is not None:
            print(f"ratio physics-on / precomputed : {slow / fast:.1f}x")
        else:
            print("ratio physics-on / precomputed : not computed (a side did not run; see above)")
        browser.close()

"""Shared fixtures: real stores only.

``store`` is parametrized over every backend: the embedded FalkorDB store (a fresh data folder per
test) and Neo4j (the real server from tools/neo4j-test-server, started once per run; or the one
``NEO4J_URI`` names). Where Java or Maven is missing the Neo4j cases skip with one reason, except
in CI (``CI=true``), where a Neo4j that cannot start fails the run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from scamgraph.graph.store import BaseStore, open_store

ROOT = Path(__file__).resolve().parents[1]
SERVER_SCRIPT = ROOT / "tools" / "neo4j-test-server" / "neo4j-test-server"
EXAMPLES = ROOT / "examples" / "reports"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Connection settings of a running Neo4j: NEO4J_URI's, or the test server started here."""
    if os.environ.get("NEO4J_URI"):
        yield {
            "url": os.environ["NEO4J_URI"],
            "user": os.environ.get("NEO4J_USER", "neo4j"),
            "password": os.environ.get("NEO4J_PASSWORD", ""),
        }
        return
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        reason = f"Neo4j tests need {' and '.join(missing)} (to build and run the test server)"
        if _in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    home = tmp_path_factory.mktemp("neo4j-test-server")
    env = {**os.environ, "NEO4J_TEST_HOME": str(home)}
    env.pop("NEO4J_PASSWORD", None)
    started = subprocess.run([str(SERVER_SCRIPT), "start"], env=env, capture_output=True,
                             text=True, timeout=900)
    if started.returncode != 0:
        reason = f"the Neo4j test server did not start:\n{started.stderr[-2000:]}"
        if _in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield {
            "url": started.stdout.strip().splitlines()[-1],
            "user": "neo4j",
            "password": (home / "password").read_text().strip(),
            "home": str(home),
        }
    finally:
        subprocess.run([str(SERVER_SCRIPT), "stop"], env=env, capture_output=True, timeout=120)


def neo4j_store(settings: dict[str, str]) -> BaseStore:
    """A Neo4j store over an emptied database (tests share one server, not one graph)."""
    store = open_store(settings["url"], user=settings["user"], password=settings["password"])
    store.query("MATCH (n) DETACH DELETE n", read_only=False)
    return store


@pytest.fixture(params=["embedded", "neo4j"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A URL for a fresh, empty store of each kind; for tests that open stores themselves."""
    if request.param == "embedded":
        yield f"embedded:{tmp_path / 'store'}"
        return
    settings = request.getfixturevalue("neo4j_server")
    neo4j_store(settings).close()
    monkeypatch.setenv("NEO4J_PASSWORD", settings["password"])  # child processes need them too
    monkeypatch.setenv("NEO4J_USER", settings["user"])
    yield settings["url"]


@pytest.fixture
def store(store_url: str) -> Iterator[BaseStore]:
    """An open, empty store of each kind. The contract suite runs once per kind."""
    with open_store(store_url) as opened:
        yield opened


CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"


def _install_chromium() -> str:
    """Debian's chromium, installed here when missing and we may (root with apt-get): the
    browser tests need a real browser, and playwright's own downloads are not reachable."""
    if CHROMIUM.exists():
        return ""
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return "the browser tests need /usr/bin/chromium (apt-get install chromium)"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "install", "-y", "-q", "chromium"], ["apt-get", "update", "-q"],
                    ["apt-get", "install", "-y", "-q", "chromium"]):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
        if command[1] == "install" and done.returncode == 0:
            return ""
    return f"apt-get could not install chromium: {done.stderr[-500:]}"


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian chromium driven by playwright; fails in CI when it cannot start."""
    problem = _install_chromium()
    if not problem:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as exc:
            problem = f"playwright is not installed ({exc})"
    if problem:
        if _in_ci():
            pytest.fail(problem)
        pytest.skip(problem)
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()

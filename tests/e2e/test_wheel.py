"""The built wheel carries the Cypher library: installed in a fresh virtual environment and run
from outside the repository, ``scamgraph query --list`` still finds every query."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_ships_the_cypher_library(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    wheel = next(dist.glob("scamgraph-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    pip = subprocess.run([str(env_dir / "bin" / "pip"), "install", "-q", str(wheel)],
                         capture_output=True, text=True, timeout=900)
    assert pip.returncode == 0, pip.stderr[-2000:]
    listed = subprocess.run([str(env_dir / "bin" / "scamgraph"), "query", "--list"], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path, env={"COLUMNS": "250", "PATH": "/usr/bin:/bin"})
    assert listed.returncode == 0, listed.stderr
    for name in ("shortest-connection", "entity-profile", "possible-duplicates"):
        assert name in listed.stdout

"""The built wheel carries the whole package: installed in a fresh virtual environment and run from
outside the repository, ``scamgraph query --list`` still finds every query, every package of the
source tree is installed (the news reader's ``loaders.news`` and ``loaders.nlp`` once were not, and
a plain ``pip install .`` could load structured reports but not read one article), and
``scamgraph extract`` reads a news article."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

from tests.conftest import ROOT


def _clean_source(into: Path) -> Path:
    """The files git tracks, copied without a build folder a former build left (setuptools would ship
    what lies in it, and hide a package the configuration leaves out)."""
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True, text=True, check=True).stdout
    for name in tracked.splitlines():
        if (ROOT / name).is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, into / name)
    return into


def test_wheel_ships_the_cypher_library(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    source = _clean_source(tmp_path / "source")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(source)],
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
    site = next((env_dir / "lib").glob("python3*/site-packages"))
    packages = {str(init.parent.relative_to(ROOT)) for init in (ROOT / "scamgraph").rglob("__init__.py")}
    missing = sorted(p for p in packages if not (site / p / "__init__.py").exists())
    assert not missing, missing
    article = ROOT / "tests" / "corpus" / "court-sentencing.txt"
    read = subprocess.run([str(env_dir / "bin" / "scamgraph"), "extract", str(article), "--format", "json"],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path, env={"PATH": "/usr/bin:/bin"})
    assert read.returncode == 0, read.stderr[-2000:]
    assert '"Event"' in read.stdout

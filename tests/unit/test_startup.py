"""Start-up: ``scamgraph --help`` and ``scamgraph extract`` load neither the stores nor the
analysis and export libraries (a second or more of imports that one article does not need)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parents[1] / "corpus" / "khmer-daily-casino-raid.txt"
HEAVY = ("neo4j", "falkordb", "networkx", "pyvis", "scipy", "stix2", "followthemoney")
_PROBE = """
import json, sys
from scamgraph.cli import app
try:
    app(sys.argv[1:], prog_name="scamgraph")
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code, "heavy": sorted(m for m in %r if m in sys.modules)}), file=sys.stderr)
""" % (HEAVY,)


@pytest.mark.parametrize("args", [["--help"], ["extract", str(ARTICLE), "--format", "json"]])
def test_help_and_extract_leave_the_heavy_libraries_alone(args: list[str], tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=120,
                          env={"SCAMGRAPH_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"})
    probe = json.loads(done.stderr.strip().splitlines()[-1])
    assert probe == {"code": 0, "heavy": []}
    if args[0] == "extract":
        assert json.loads(done.stdout)["nodes"]  # the command did its work

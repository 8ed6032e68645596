"""Input that used to end in a traceback ends in one clear line and exit status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def scamgraph(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scamgraph.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120, errors="backslashreplace")


def one_clear_error(done: subprocess.CompletedProcess[str], words: str) -> None:
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    errors = [line for line in done.stderr.splitlines() if line.lower().startswith("error")]
    assert len(errors) == 1 and words in errors[0], done.stderr


@pytest.mark.parametrize(("param", "words"), [
    ('x={"a`b":1}', "backtick"),
    ("x`y=1", "NAME=VALUE"),
    ('x="\\ud800"', "lone surrogate"),
    ('x={"k": ["\\udfff"]}', "lone surrogate"),
    ("x=\udcff", "lone surrogate"),  # a byte that is not UTF-8 in argv arrives as a surrogate
])
def test_bad_params_are_one_clear_error(tmp_path: Path, param: str, words: str) -> None:
    done = scamgraph("query", "RETURN $x AS x", "--param", param, "--store", f"embedded:{tmp_path / 's'}",
                     cwd=tmp_path)
    one_clear_error(done, words)


def test_a_good_param_still_travels(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()  # read commands use a store that is there; they never create one
    done = scamgraph("query", "RETURN $x.`a b` AS x", "--param", 'x={"a b": "Kim"}', "-f", "json",
                     "--store", f"embedded:{tmp_path / 's'}", cwd=tmp_path)
    assert done.returncode == 0 and '"x": "Kim"' in done.stdout, done.stderr


def test_an_unreadable_store_url_is_one_clear_error(tmp_path: Path) -> None:
    one_clear_error(scamgraph("stats", "--store", "bolt://[::1", cwd=tmp_path), "bolt://[::1")


def test_driver_retry_warnings_stay_out_of_the_output() -> None:
    """The driver logs a retry on ``neo4j.session``; a CLI run must not print it among the rows,
    while a program that sets up logging itself still receives it."""
    warn = ("import logging, sys; import scamgraph.cli; {setup}"
            "logging.getLogger('neo4j.session').warning('Transaction failed and will be retried in %ss (%s)', 1.1, 'x')")
    quiet = subprocess.run([sys.executable, "-c", warn.format(setup="")], capture_output=True, text=True, timeout=60)
    assert quiet.returncode == 0 and quiet.stderr == "", quiet.stderr
    heard = subprocess.run([sys.executable, "-c", warn.format(setup="logging.basicConfig();")],
                           capture_output=True, text=True, timeout=60)
    assert "will be retried" in heard.stderr

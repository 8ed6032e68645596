"""The README's examples, run: every `$ scamgraph ...` line of a ``console`` block against the
example reports in a fresh store, its output compared with what the README shows, and every
``scamgraph`` line of a ``sh`` block run to see that it works on the example data.

What the README may leave out or vary, and how it is compared:
- a line that is only ``…`` stands for any number of output lines; ``…`` inside a line for any text;
- runs of spaces and of table rules (``━``, ``─``) count as one, so a wider column does not fail;
- report folder names (UTC timestamps) are volatile;
- JSON output is compared as data, so the README may lay it out for reading;
- the ``store: …`` line every command prints on stderr is not shown (stdout only).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
ELISION = "…"
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{6}Z(-\d+)?")
# sh-block lines that need what a test cannot give: a server, another machine's paths, a pair of
# look-alike entities the examples do not hold (resolve --merge/--split are tested in test_cli)
_NOT_HERE = ("$NEO4J_URI", "/srv/", "--store bolt", "neo4j-test-server", "--merge", "--split")


@dataclass
class Example:
    command: str
    expected: list[str]
    line: int  # where it is in the README, for the failure message


def _blocks(kind: str) -> list[tuple[int, list[str]]]:
    """(first line number, lines) of every fenced block of one kind."""
    found, current, start = [], None, 0
    for number, line in enumerate(README.read_text("utf-8").splitlines(), 1):
        if current is None and line.strip() == f"```{kind}":
            current, start = [], number + 1
        elif current is not None and line.strip() == "```":
            found.append((start, current))
            current = None
        elif current is not None:
            current.append(line)
    return found


def _complete(command: str) -> bool:
    try:
        shlex.split(command, comments=True)
    except ValueError:  # an open quote: the command goes on on the next line
        return False
    return True


def console_examples() -> list[Example]:
    examples: list[Example] = []
    for start, lines in _blocks("console"):
        i = 0
        while i < len(lines):
            if not lines[i].startswith("$ "):
                i += 1
                continue
            command, first = lines[i][2:], start + i
            i += 1
            while not _complete(command) and i < len(lines):
                command += "\n" + lines[i]
                i += 1
            output = []
            while i < len(lines) and not lines[i].startswith("$ "):
                output.append(lines[i])
                i += 1
            while output and not output[-1].strip():
                output.pop()
            examples.append(Example(command, output, first))
    return examples


def sh_commands() -> list[Example]:
    return [Example(line.strip(), [], start + i) for start, lines in _blocks("sh") for i, line in enumerate(lines)
            if line.strip().startswith("scamgraph ") and not any(x in line for x in _NOT_HERE)]


def _normal(line: str) -> str:
    line = _TIMESTAMP.sub("<time>", line.rstrip())
    line = re.sub(r"[━─]+", "─", line)
    return re.sub(r"\s+", " ", line).strip()


def _pattern(line: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in _normal(line).split(ELISION)) + "$")


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether the actual lines are what the README shows, elisions allowed (see the module)."""
    if not expected:
        return True
    head, rest = expected[0], expected[1:]
    if _normal(head) == ELISION:
        return any(matches(rest, actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and bool(_pattern(head).match(_normal(actual[0]))) and matches(rest, actual[1:])


def _as_json(lines: list[str]) -> object:
    try:
        return json.loads("\n".join(lines))
    except json.JSONDecodeError:
        return None


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder like a checkout (examples/ and tests/corpus/ where the README says) with its own
    store and no outputs yet, so the examples run as a new user would run them."""
    folder = tmp_path_factory.mktemp("readme")
    (folder / "examples").symlink_to(ROOT / "examples")
    (folder / "tests").mkdir()
    (folder / "tests" / "corpus").symlink_to(ROOT / "tests" / "corpus")
    return folder


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(command, comments=True)
    assert argv[0] == "scamgraph", command
    env = {k: v for k, v in os.environ.items() if k not in {"SCAMGRAPH_STORE", "COLUMNS", "SCAMGRAPH_HOME"}}
    return subprocess.run([sys.executable, "-m", "scamgraph.cli", *argv[1:]], capture_output=True, text=True,
                          timeout=300, cwd=cwd, env=env, check=False)


def test_the_readme_has_console_examples_to_check() -> None:
    examples = console_examples()
    assert len(examples) >= 7 and all(e.command.startswith("scamgraph ") for e in examples)
    assert matches(["a", "…", "d ─ e…"], ["a", "b", "c", "d ──── e f"]) and not matches(["a", "b"], ["a", "c"])


def test_every_console_example_prints_what_the_readme_shows(workdir: Path) -> None:
    """In README order, in one store: the session builds on its first command."""
    for example in console_examples():
        done = run(example.command, workdir)
        actual = done.stdout.rstrip().splitlines()
        where = f"README.md line {example.line}: $ {example.command}\n--- stdout:\n{done.stdout}\n--- stderr:\n{done.stderr}"
        assert done.returncode == 0, where
        wanted = _as_json(example.expected)
        if wanted is not None:
            assert json.loads(done.stdout) == wanted, where
        else:
            assert matches(example.expected, actual), where


def test_every_sh_example_runs_on_the_example_data(workdir: Path) -> None:
    commands = sh_commands()
    assert any("--path" in c.command for c in commands) and any("--as-of" in c.command for c in commands)
    for example in commands:
        done = run(example.command, workdir)
        allowed = {0, 5} if example.command.startswith("scamgraph report") else {0}  # 5: nothing new to report
        assert done.returncode in allowed, f"README.md line {example.line}: {example.command}\n{done.stderr}"

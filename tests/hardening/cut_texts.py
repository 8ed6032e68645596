"""Read texts cut short after each of their words: where does a rule look past the text's end?

    python tests/hardening/cut_texts.py            # the corpus, the holdout and the unit tests' sentences
    python tests/hardening/cut_texts.py a.txt b.md # these texts

Many rules look a word or two past the word they stand on ("of" and a university's name, "were
from" and a country). A text that stops right there (a headline, a story cut off when it was
fetched) must still read cleanly. Each sentence is read alone, cut after its first word, its
second, and so on; every crash is printed with the rule's place and the cut text, and the exit
status is 1 when there was any. (The cuts that crashed once are kept as cases in
``test_hostile_input.py``; this runs a few minutes, too long for the test command.)
"""

from __future__ import annotations

import ast
import re
import sys
import traceback
from pathlib import Path

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import parse_article

TESTS = Path(__file__).resolve().parents[1]


def sentences(paths: list[Path]) -> list[str]:
    """The sentences of the texts given, or of the corpus, the holdout and the unit tests' strings."""
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if not paths:
        stories = [*TESTS.glob("corpus/*.txt"), *TESTS.glob("corpus/*.md"), *TESTS.glob("holdout/*.txt"),
                   *TESTS.glob("holdout/*.md")]
        texts = [p.read_text(encoding="utf-8") for p in sorted(stories)]
        for module in sorted(TESTS.glob("unit/*.py")):  # the made-up sentences the rules were written for
            texts += [node.value for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
                      if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= 6]
    return sorted({s for text in texts for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()})


def main(argv: list[str]) -> int:
    seen: set[str] = set()
    crashes = 0
    for sentence in sentences([Path(a) for a in argv]):
        words = sentence.split(" ")
        for k in range(1, len(words) + 1):
            cut = " ".join(words[:k])
            if cut in seen:
                continue
            seen.add(cut)
            try:
                extract(parse_article(cut.encode("utf-8"), ".txt")).validate()
            except ValueError:
                continue  # (a text parse_article refuses, said why)
            except Exception as exc:  # (a crash: where, and on what)
                crashes += 1
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                print(f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}: {cut!r}", flush=True)
    print(f"{len(seen)} cut texts read, {crashes} crashed", file=sys.stderr)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Record what the reader scores on each cached real article, so that a later change can be
compared with it on exactly the articles a machine has.

The texts are others' words and live outside the repository; a machine may hold all of them, a
few or none. Headline figures over different sets of articles cannot be compared (a floor set on
28 dev articles says nothing about the 5 of them a cache holds: one fact there is 12 points of
recall). So the baseline keeps, per article, the counts behind the four headline figures
(true positives, false positives, misses), and the quality test sums the baseline and today's
counts over the same cached articles before it compares them. Each row also keeps the SHA-256 of
the text it was measured on: a cache rebuilt from another source (a fuller page, a trimmed
excerpt) holds different words under the same name, and its scores say nothing about the code.
The test compares only the articles whose cached text is the one the row was measured on.

    python tests/real/baseline.py ~/.cache/scamgraph-real     # rewrite baseline.json after a change is accepted
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "baseline.json"


TEXT_HASH = "text sha256"  # the key of a row's text hash, beside the headline figures' counts


def text_hash(path: Path) -> str:
    """The SHA-256 of a cached file's bytes (front matter and all: its ``published`` dates acts)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def record(cache: Path) -> dict[str, dict[str, object]]:
    """Per cached article (frozen ones included; the test decides what it compares) whose text is
    the annotated one, its headline counts and the hash of the file they were measured on."""
    from scamgraph.evaluation import evaluate_folder

    sys.path.insert(0, str(HERE))
    from manifest import annotated  # (a folder of tools, not a package)

    _, per_article = evaluate_folder(cache, annotated(cache), gold_dir=HERE)
    rows: dict[str, dict[str, object]] = {}
    for name, found in sorted(per_article.items()):
        row: dict[str, object] = {figure: [score.tp, score.fp, score.fn] for figure, score in found.headline_scores().items()}
        row[TEXT_HASH] = text_hash(cache / name)
        rows[name] = row
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache", type=Path, help="folder of the cached article texts")
    args = parser.parse_args()
    if not args.cache.is_dir():
        print(f"baseline: {args.cache} is not a folder of cached texts", file=sys.stderr)
        return 1
    rows = record(args.cache)
    if BASELINE.exists():  # articles this machine does not hold keep the rows another machine measured
        kept = json.loads(BASELINE.read_text("utf-8"))
        rows = dict(sorted({**{name: row for name, row in kept.items() if TEXT_HASH in row}, **rows}.items()))
    lines = [f"  {json.dumps(name)}: {json.dumps(counts, sort_keys=True)}" for name, counts in rows.items()]
    BASELINE.write_text("{\n" + ",\n".join(lines) + "\n}\n", "utf-8")  # one article a line: diffs stay readable
    print(f"{len(rows)} articles recorded in {BASELINE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

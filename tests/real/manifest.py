"""The real-article set's manifest: where each article's text comes from, and a check that the
texts in a local cache are the ones the gold files were written from.

The repository keeps only facts (``NN-slug.gold.json``) and, in each gold file's ``source``, the
stored-page search that returns the text (``query`` on corpus ``pages``, the result whose URL is
``url``; the excerpt is the text) and the SHA-256 of that text. The text itself is others' words:
it lives in a cache outside the repository (``~/.cache/scamgraph-real/NN-slug.txt``: YAML front
matter with title, published and url, then the excerpt verbatim) and is never committed.

    python tests/real/manifest.py                      # rewrite manifest.json from the gold files
    python tests/real/manifest.py --check ~/.cache/scamgraph-real   # which cached texts are missing or differ
    python tests/real/manifest.py --front ~/.cache/scamgraph-real   # give bare excerpts their front matter

The front matter matters: an excerpt rarely carries its own date, and without ``published`` the
reader cannot put a day on "on Sunday". A cache rebuilt from bare excerpts once scored events F1
0.755 where the same code scored 0.891 with the front matter (18 articles), and the baseline test
failed on code that had not changed. ``--front`` writes it from each gold file's ``source``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)


def _number(gold: Path) -> tuple[int, str]:
    """Articles in the order of their numbers (100 after 99, not between 10 and 11)."""
    return int(gold.name.split("-", 1)[0]), gold.name


def entries() -> list[dict[str, str]]:
    rows = []
    for gold in sorted(HERE.glob("*.gold.json"), key=_number):
        source = json.loads(gold.read_text("utf-8"))["source"]
        rows.append({"article": gold.name.removesuffix(".gold.json"), **source})
    return rows


def annotated(cache: Path) -> list[Path]:
    """The cached texts that are the ones their gold files were written from (by the excerpt's hash)."""
    found = []
    for row in entries():
        path = cache / f"{row['article']}.txt"
        if path.exists() and _body_hash(path) == row["sha256"]:
            found.append(path)
    return found


def _body_hash(path: Path) -> str:
    """The SHA-256 of a cached text past its front matter: the excerpt the gold was written from."""
    return hashlib.sha256(_FRONT.sub("", path.read_text("utf-8"), count=1).encode("utf-8")).hexdigest()


def check(cache: Path) -> int:
    """Print one line per article whose cached text is missing or not the annotated one."""
    bad = 0
    for row in entries():
        path = cache / f"{row['article']}.txt"
        if not path.exists():
            print(f"missing: {path} (search pages for {row['query']!r}, take {row['url']})")
            bad += 1
            continue
        if _body_hash(path) != row["sha256"]:
            print(f"differs: {path} is not the text the gold was written from (sha256)")
            bad += 1
    print(f"{len(entries()) - bad} of {len(entries())} cached texts match")
    return 1 if bad else 0


def front(cache: Path) -> int:
    """Give each cached text that is the annotated excerpt but has no front matter the front matter
    its gold file's ``source`` records (``published`` where known, ``url``); others are left alone."""
    framed = 0
    for row in entries():
        path = cache / f"{row['article']}.txt"
        if not path.exists():
            continue
        text = path.read_text("utf-8")
        if _FRONT.match(text) or hashlib.sha256(text.encode("utf-8")).hexdigest() != row["sha256"]:
            continue
        lines = ["---"] + ([f"published: {row['published']}"] if row.get("published") else [])
        lines += [f"url: {json.dumps(row['url'])}", "---"]
        path.write_text("\n".join(lines) + "\n" + text, "utf-8")
        framed += 1
    print(f"{framed} cached texts given their front matter")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", type=Path, metavar="CACHE", help="compare a cache folder with the manifest")
    parser.add_argument("--front", type=Path, metavar="CACHE",
                        help="write the front matter (published, url) onto the bare excerpts in a cache folder")
    args = parser.parse_args()
    if args.front:
        return front(args.front)
    if args.check:
        return check(args.check)
    (HERE / "manifest.json").write_text(json.dumps(entries(), indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"manifest.json: {len(entries())} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())

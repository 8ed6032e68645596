"""Coverage-guided fuzzing of every loader with atheris (libFuzzer).

    python tests/hardening/fuzz_loaders.py -runs=200000          # a long run
    python tests/hardening/fuzz_loaders.py -max_total_time=20    # what the test suite does

The first byte picks the loader (or YAML front matter, or a YAML report); the rest is the file. A loader may refuse input with a
``LoadError`` or ``ValueError`` that says why; any other exception is a crash libFuzzer reports
with the input that caused it. The news reader refuses nothing: once ``parse_article`` has taken a
text, any exception out of ``extract`` (a ``ValueError`` from spaCy too) is a crash.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["scamgraph"]):
    import json

    from scamgraph.loaders import LoadError
    from scamgraph.loaders.ftm import parse_lines
    from scamgraph.loaders.guard import load_yaml
    from scamgraph.loaders.news import extract
    from scamgraph.loaders.structured import parse, parse_csv
    from scamgraph.loaders.text import Article, parse_article

KEY = "report:00000000000000ff"


def one_input(data: bytes) -> None:
    if not data:
        return
    choice, raw = data[0] % 7, data[1:]
    try:
        if choice == 5:  # the rest is YAML front matter (aliases, anchors, depth) before an article
            _read(parse_article(b"---\n" + raw + b"\n---\nPolice raided a compound.\n", ".md"))
            return
        if choice == 6:  # the rest is a structured report in YAML, through the shared guard
            document = load_yaml(raw.decode("utf-8"))
            parse(document, key=KEY, source="f.yaml").validate()
            return
        if choice < 3:
            _read(parse_article(raw, (".txt", ".md", ".html")[choice]))
            return
        text = raw.decode("utf-8")
        if choice == 3:
            parse_csv("source_label,source_name,relation,target_label,target_name\n" + text, key=KEY, source="f.csv").validate()
        else:
            parse_lines(text.splitlines(), key=KEY, source="f.ftm.json").validate()
            try:
                document = json.loads(text)
            except (json.JSONDecodeError, RecursionError):
                return
            parse(document, key=KEY, source="f.json").validate()
    except (LoadError, ValueError, UnicodeDecodeError):
        return


class ReaderCrash(Exception):
    """The news reader failed on a text it had accepted (not a refusal of the input)."""


def _read(article: Article) -> None:
    try:
        extract(article).validate()
    except Exception as exc:  # (outside the refusals caught above: libFuzzer reports it)
        raise ReaderCrash(f"{type(exc).__name__}: {exc}") from exc


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()

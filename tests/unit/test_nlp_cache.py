"""The compiled gazetteer cache: a cached pipeline reads articles exactly as a fresh one, and any
change to the gazetteer, a corrupt file or an unusable folder means building again, never a failure."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from scamgraph.loaders import nlp as nlp_module
from scamgraph.loaders import nlp_cache
from scamgraph.loaders.nlp import gazetteer_ents
from scamgraph.loaders.text import read_article

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _texts() -> list[str]:
    return [read_article(p).text for p in sorted(CORPUS.iterdir())
            if p.suffix in {".txt", ".md", ".html"} and not p.name.startswith("README")]


def _ents(nlp: Language, text: str) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.id_) for e in nlp(text).ents]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SCAMGRAPH_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def counted_builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times the phrase table was compiled (rather than read from the cache)."""
    builds: list[int] = []
    real = nlp_cache.compile_phrases

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        builds.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(nlp_cache, "compile_phrases", counting)
    yield builds


def test_a_cached_pipeline_finds_the_same_entities_as_a_fresh_one(cache: Path, counted_builds: list[int],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = nlp_module.build()
    assert (cache / "gazetteer.msgpack").is_file() and counted_builds == [1]
    assert cache.stat().st_mode & 0o777 == 0o700
    cached = nlp_module.build()
    assert counted_builds == [1]  # read, not compiled again
    monkeypatch.setenv("SCAMGRAPH_CACHE_DIR", "off")
    fresh = nlp_module.build()
    assert counted_builds == [1, 1]
    for text in _texts():
        assert _ents(cached, text) == _ents(fresh, text) == _ents(first, text)


def test_the_compiled_table_matches_one_matcher_key_per_gazetteer_entry(cache: Path) -> None:
    """The reference: the matcher as it was built before the table existed (one key per entry,
    tokenized patterns, longest match wins), including which entry wins when two share words."""
    nlp = nlp_module.build()
    reference = PhraseMatcher(nlp.vocab, attr="LOWER")
    grouped: dict[str, list[str]] = {}
    for pattern in gazetteer_ents.gazetteer_patterns():
        grouped.setdefault(f"{pattern['label']}\x1f{pattern['id']}", []).append(pattern["pattern"])
    for key, forms in grouped.items():
        reference.add(key, list(nlp.tokenizer.pipe(forms)))

    def by_reference(doc: Doc) -> list[tuple[int, int, str, str]]:
        spans = []
        for match_id, start, end in reference(doc):
            label, ident = nlp.vocab.strings[match_id].split("\x1f", 1)
            spans.append(Span(doc, start, end, label=label, span_id=ident))
        return [(s.start, s.end, s.label_, s.id_) for s in filter_spans(spans)]

    gazetteer = nlp.get_pipe("scamgraph_gazetteer")
    ties = "Hong Kong, Mexico, Armenia, Jordan, Djibouti, Macau, Mali, Myanmar and Singapore."  # entries sharing words
    for text in [*_texts(), ties]:
        doc = nlp.make_doc(text)
        assert [(e.start, e.end, e.label_, e.id_) for e in gazetteer(doc).ents] == by_reference(nlp.make_doc(text))


def test_a_changed_gazetteer_is_compiled_again(cache: Path, counted_builds: list[int], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "package"
    for source in ("gazetteer", "loaders"):
        shutil.copytree(nlp_cache._PACKAGE / source, package / source)
    shutil.copy(nlp_cache._PACKAGE / "resolve.py", package / "resolve.py")
    monkeypatch.setattr(nlp_cache, "_PACKAGE", package)
    nlp_module.build()
    assert counted_builds == [1]
    nlp_module.build()
    assert counted_builds == [1]

    with (package / "gazetteer" / "places.tsv").open("a", encoding="utf-8") as table:
        table.write("Qwertyville\tQwertyville\ttown\tKH\n")  # what the pipeline reads changes with it:
    real_patterns = gazetteer_ents.gazetteer_patterns
    monkeypatch.setattr(gazetteer_ents, "gazetteer_patterns", lambda: [*real_patterns(), {
        "label": "PLACE", "pattern": "Qwertyville", "id": "Qwertyville|town|KH"}])
    nlp = nlp_module.build()
    assert counted_builds == [1, 1]
    assert ("PLACE", "Qwertyville|town|KH") in [(e.label_, e.id_) for e in nlp("Police raided a compound in Qwertyville.").ents]


def test_the_fingerprint_follows_the_library_versions() -> None:
    assert nlp_cache.fingerprint(["spacy 3.8.0"]) == nlp_cache.fingerprint(["spacy 3.8.0"])
    assert nlp_cache.fingerprint(["spacy 3.8.0"]) != nlp_cache.fingerprint(["spacy 3.8.1"])


@pytest.mark.parametrize("garbage", [b"", b"\x00\xff not msgpack", b"\x92\x01\x02"])
def test_a_corrupt_cache_is_rebuilt_not_fatal(cache: Path, counted_builds: list[int], garbage: bytes) -> None:
    expected = _ents(nlp_module.build(), "57 South Koreans were detained in Phnom Penh.")
    (cache / "gazetteer.msgpack").write_bytes(garbage)
    assert _ents(nlp_module.build(), "57 South Koreans were detained in Phnom Penh.") == expected
    assert counted_builds == [1, 1]
    nlp_module.build()
    assert counted_builds == [1, 1]  # the bad file was replaced


def test_a_cache_entry_of_the_wrong_shape_is_ignored(cache: Path, counted_builds: list[int]) -> None:
    nlp_module.build()
    import srsly

    data = srsly.msgpack_loads((cache / "gazetteer.msgpack").read_bytes())
    data["phrases"][0] = [["not a hash"], "PLACE", "x"]
    (cache / "gazetteer.msgpack").write_bytes(srsly.msgpack_dumps(data))
    nlp_module.build()
    assert counted_builds == [1, 1]


def test_an_unusable_cache_folder_only_means_building(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      counted_builds: list[int]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SCAMGRAPH_CACHE_DIR", str(blocker / "cache"))
    assert _ents(nlp_module.build(), "Police in Manila arrested 12 Chinese nationals.")
    assert counted_builds == [1]


def test_a_folder_others_can_write_to_is_neither_read_nor_written(cache: Path, counted_builds: list[int]) -> None:
    nlp_module.build()
    before = (cache / "gazetteer.msgpack").read_bytes()
    cache.chmod(0o777)
    nlp_module.build()
    assert counted_builds == [1, 1]
    assert (cache / "gazetteer.msgpack").read_bytes() == before


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SCAMGRAPH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert nlp_cache.cache_dir() == tmp_path / "scamgraph"
    monkeypatch.setenv("SCAMGRAPH_CACHE_DIR", "off")
    assert nlp_cache.cache_dir() is None


def test_pipeline_without_a_model_is_one_shared_pipeline() -> None:
    assert nlp_module.pipeline() is nlp_module.pipeline(None)


def test_the_shared_pipeline_is_frozen_out_of_the_cycle_collector() -> None:
    # It lives until the process ends: the collector walking it in every full collection and at
    # exit cost a one-article `scamgraph extract` about a tenth of its time for nothing.
    import gc

    from scamgraph.loaders.nlp import pipeline

    nlp = pipeline()
    assert gc.get_freeze_count() > 0
    assert not any(obj is nlp for obj in gc.get_objects())

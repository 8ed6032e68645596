"""A defect of the news reader on one text fails that file with a clear error, never the batch;
and what the fuzzer found on the way (a title with nothing printable in it) no longer fails at all.

The defect is injected (the reader has no known failing text left), so this checks the handling,
not a rule."""

from pathlib import Path

import pytest

import scamgraph.loaders.news as news
from scamgraph.loaders import LoadError, load_path
from scamgraph.pipeline import FileOutcome, _load


def _broken(*args: object, **kwargs: object) -> None:
    raise ValueError("two entities on one token")


def test_a_reader_defect_names_the_file_and_says_it_is_the_readers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "raid.txt"
    path.write_text("Police raided a compound in Poipet on Monday.\n")
    monkeypatch.setattr(news, "extract", _broken)
    with pytest.raises(LoadError) as caught:
        load_path(path)
    assert caught.value.path == str(path)
    assert news.READER_FAILED in str(caught.value) and "two entities on one token" in str(caught.value)


def test_ingest_reports_the_failed_file_and_reads_the_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad, good = tmp_path / "a.txt", tmp_path / "b.txt"
    bad.write_text("Police raided a compound in Poipet on Monday.\n")
    good.write_text("Police raided a compound in Poipet on Monday.\n")
    real = news.extract
    monkeypatch.setattr(news, "extract", lambda article, **kw: _broken() if "a.txt" in kw.get("source", "") else real(article, **kw))
    failed, loaded = _load(bad), _load(good)
    assert isinstance(failed, FileOutcome) and failed.status == "failed" and "a.txt" in (failed.error or "")
    assert not isinstance(loaded, FileOutcome) and loaded.nodes


def test_a_title_of_control_characters_falls_back_to_the_file_name() -> None:
    from scamgraph.loaders.text import Article

    batch = news.extract(Article(text="Police raided a compound in Poipet on Monday.\n", title="\x7f\x01"), source="raid.txt")
    assert batch.report.name == "raid.txt"

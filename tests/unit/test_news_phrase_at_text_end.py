"""A count's demonym followed by "and" as the very last word of a text (a truncated page or a
fuzzer's input) ends the phrase: reading on must not step past the last token (a crash the
coverage-guided fuzz test found)."""

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import parse_article
from tests.unit.test_news_extraction import run


def test_a_demonym_and_and_as_the_last_words_read_without_error() -> None:
    batch = extract(parse_article(b"[;1 US and", ".txt"))
    batch.validate()
    assert batch.problems == []


def test_a_count_cut_after_its_demonym_and_and_still_reads_the_people() -> None:
    batch = run("Police in Bavet detained 12 Chinese and")
    batch.validate()
    detained = [e for e in batch.edges if e.type.value == "DETAINED"]
    assert [(e.target, e.properties.get("count")) for e in detained] == [("nationality:CN", 12)]

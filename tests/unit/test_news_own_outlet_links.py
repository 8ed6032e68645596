"""A link in a story to another page of the outlet that published it (a related report, the
outlet's own earlier coverage) is the outlet's furniture, not an address a scam used: it makes no
Identifier. The same article naming a scam's own site still gets that one (development text 193)."""

from datetime import date

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from scamgraph.model import GraphBatch, Label

_TEXT = ("Thirteen workers held in Myanmar (https://kepherald-daily.com/world/earlier-rescue-4411/) "
         "returned home on Tuesday. They had answered job offers posted on quickjobs-asia.com, police said.")


def _identifiers(batch: GraphBatch) -> set[str]:
    return {n.name for n in batch.nodes.values() if n.label is Label.IDENTIFIER}


def _read(url: str) -> GraphBatch:
    return extract(Article(text=_TEXT, title="t", published=date(2025, 3, 4), url=url))


def test_a_link_to_the_publishing_outlet_makes_no_identifier() -> None:
    found = _identifiers(_read("https://www.kepherald-daily.com/world/workers-return-5520/"))
    assert "domain:quickjobs-asia.com" in found
    assert not any("kepherald" in name for name in found)


def test_without_the_story_s_address_the_link_stays() -> None:
    assert any("kepherald" in name for name in _identifiers(_read("")))

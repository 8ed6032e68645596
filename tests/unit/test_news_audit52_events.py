"""Audit 52, fixer events: Event entities the reader gave and the gold did not, read across all
open real stories. Each construction shown on made-up words; the facts asserted exactly, and
for the precision cases their absence."""

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from scamgraph.model import Label
from tests.unit.test_news_extraction import PUBLISHED, facts, run


def _events(text: str) -> set[str]:
    batch = run(text)
    return {f"{n.properties['type']}@{n.properties.get('date', '')}" for n in batch.nodes.values()
            if n.label is Label.EVENT}


def test_a_requested_provisional_arrest_is_no_arrest() -> None:
    text = "In May 2025, the Zorvan government formally requested the provisional arrest of Tomas Velko."
    assert not any(e.startswith("arrest@") for e in _events(text))
    assert not any(rel == "ARRESTED" for rel, *_rest in facts(run(text)))


def test_an_arrest_requested_by_its_persons_name_is_no_arrest() -> None:
    text = "In May 2025, the Zorvan government formally requested Velko's provisional arrest."
    assert not any(e.startswith("arrest@") for e in _events(text))
    # an act done to a named person is still told done
    assert "arrest@2026-10-12" in _events("Police confirmed Velko's arrest on Monday.")


def _headlined(text: str) -> set[str]:
    """The events of a story whose first line is its title (a headline the reader knows as one)."""
    batch = extract(Article(text=text, title=text.split("\n")[0], published=PUBLISHED))
    return {f"{n.properties['type']}@{n.properties.get('date', '')}" for n in batch.nodes.values()
            if n.label is Label.EVENT}


_HANDED_OVER = ("More scam suspects from Lotland handed over to China\n\n"
                "In an ongoing drive against scams, 310 more suspects have been transferred from Lotland to "
                "Chinese custody, the ministry announced on Monday.\n\n"
                "The suspects, among them 15 fugitives, were handed over to Chinese police in two frontier "
                "cities between {first} and October 7.")


def test_a_headlines_act_is_the_storys_one_act_told_over_named_days() -> None:
    assert _headlined(_HANDED_OVER.format(first="September 25")) == {"repatriation@2026-09-25/2026-10-07"}


def test_a_headlines_act_stays_apart_from_a_span_of_months() -> None:
    # seven months of handovers: a campaign of its own, not the one act a headline tells
    assert _headlined(_HANDED_OVER.format(first="March 3")) == {"repatriation@", "repatriation@2026-03-03/2026-10-07"}

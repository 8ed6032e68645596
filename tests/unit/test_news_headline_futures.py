"""A headline's future ("Laos to deport 40 foreigners") is an event only where the story then tells
the act done in a sentence of its own (a plan is no act: convention 8 of tests/corpus/README.md); a headline alone tells an intention. Pages with
the construction: articles 52, 61, 109, audit page d09; on 109 the story told only a team sent to help,
and the headline's repatriation was an event no sentence told."""

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from tests.unit.test_news_extraction import PUBLISHED


def kinds(title: str, body: str) -> set[str]:
    batch = extract(Article(text=f"{title}\n\n{body}", title=title, published=PUBLISHED))
    return {n.properties["type"] for n in batch.nodes.values() if n.label.value == "Event"}


def test_a_headline_future_the_story_never_tells_is_no_event() -> None:
    title = "Ministry to repatriate 30 Nepali workers stuck in Laos"
    body = "The labour ministry has sent two officers to Vientiane. They will meet the workers and their employers."
    assert "repatriation" not in kinds(title, body)


def test_a_headline_future_the_story_tells_stays_an_event() -> None:
    title = "Laos to deport 40 foreigners held in Bokeo"
    body = "Lao police said on Monday the 40 foreigners were deported to China."
    assert "deportation" in kinds(title, body)


def test_a_headline_act_told_as_done_stays_an_event() -> None:
    title = "Laos deports 40 foreigners held in Bokeo"
    body = "The men crossed into China at the Boten checkpoint, officials said."
    assert "deportation" in kinds(title, body)

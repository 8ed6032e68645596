"""A headline and its story may name one act of taking people into custody with each other's
word ("Thai police detain 12 Chinese scam suspects" over "police arrested 12 Chinese nationals in
Pattaya on Saturday"): where the story's one dated arrest or detention counts the headline's
number, they are one act, with the story's word. Made-up story (a probe of a form seen on 5 of 50
real pages)."""

from datetime import date

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from scamgraph.model import GraphBatch
from tests.unit.test_news_extraction import events, facts


def run(text: str) -> GraphBatch:
    """The story with its first line as its headline, as a saved page gives it."""
    return extract(Article(text=text, title=text.split("\n", 1)[0], published=date(2026, 10, 15)))


def test_a_headlines_detention_is_the_storys_arrest_of_as_many() -> None:
    text = "Thai police detain 12 Chinese scam suspects\n\nThai police arrested 12 Chinese nationals in Pattaya on Saturday."
    assert [key for key in events(run(text)) if not key.startswith("arrest@")] == []
    assert {(f[0], f[2], f[3]) for f in facts(run(text)) if f[2] == "CN"} == {("ARRESTED", "CN", 12)}


def test_a_headlines_detention_of_other_people_stays_apart() -> None:
    text = "Thai police detain 12 Chinese scam suspects\n\nThai police arrested 14 Chinese nationals in Pattaya on Saturday."
    assert {(f[0], f[3]) for f in facts(run(text)) if f[2] == "CN"} == {("DETAINED", 12), ("ARRESTED", 14)}

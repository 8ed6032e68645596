"""A subheading inside a story (a short line of its own with no closing stop: "Escape from the camp",
"Return efforts") names what the paragraphs after it tell; it makes no event the story has not told
(pages 107 and 53, where it made an escape and a repatriation no sentence told; on audit pages e16, j17
and m05 the subheading's act was told before and is unchanged)."""

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from scamgraph.model import Label
from tests.unit.test_news_extraction import PUBLISHED


def kinds(text: str) -> list[str]:
    batch = extract(Article(text=text, title="Police in Kampot find 30 workers", published=PUBLISHED))
    return [n.properties["type"] for n in batch.nodes.values() if n.label is Label.EVENT]


def test_a_subheading_naming_an_untold_act_makes_no_event() -> None:
    text = ("Police raided a hotel in Kampot on Monday and arrested 30 Chinese nationals.\n\n"
            "Escape from Vietnam\n\n"
            "The men had crossed the border in March, officers said.")
    assert "escape" not in kinds(text)


def test_a_subheading_naming_an_act_told_before_keeps_it() -> None:
    text = ("Police raided a hotel in Kampot on Monday and arrested 30 Chinese nationals.\n\n"
            "Arrests in the night\n\n"
            "The men had crossed the border in March, officers said.")
    assert kinds(text).count("raid") == 1


def test_a_short_sentence_ending_on_a_stop_is_prose() -> None:
    text = ("The men had crossed the border in March, officers said.\n\n"
            "Twelve later escaped.\n\n"
            "Police are looking for them.")
    assert "escape" in kinds(text)

"""Outlets cited as sources: a one-word masthead keeps its capitalized article ("told The Clarion",
"The Clarion wrote"), as the paper names itself; a world news agency cited with "according to" by
its one-word name ("According to Reuters,") is an outlet, where a person so cited is not."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_one_word_masthead_keeps_its_article() -> None:
    assert names(run("A spokesman told The Clarion that the men were freed.\n"), Label.ORGANIZATION) == {"The Clarion"}
    assert names(run("The men were freed, the Clarion wrote in a report.\n"), Label.ORGANIZATION) == {"Clarion"}
    assert names(run("A spokesman told The Associated Press that the men were freed.\n"), Label.ORGANIZATION) \
        == {"Associated Press"}


def test_a_news_agency_cited_by_its_one_word_name() -> None:
    assert names(run("According to Reuters, the men were freed on Monday.\n"), Label.ORGANIZATION) == {"Reuters"}
    assert not names(run("According to Smith, the men were freed on Monday.\n"), Label.ORGANIZATION)

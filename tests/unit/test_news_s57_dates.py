"""Dates of events the reader left undated on real reporting (session 57; made-up names, places
and numbers):
- a story with no publication date and no year written anywhere takes the year (and month) its
  web address files it under ("/2031/05/", "/2030/"), to complete a day written without a year
  ("on May 7"); a weekday still names no day, and an address with no such folder gives nothing."""

from __future__ import annotations

import pytest

from scamgraph.loaders.news import extract
from scamgraph.loaders.news.address_years import address_anchor
from scamgraph.loaders.text import Article
from tests.unit.test_news_extraction import events

_STORY = ("Agents of the Zorvanian Bureau of Inquiry detained four travellers on May 7 at Quillatown airport "
          "as they tried to board a flight to Velmora for promised office jobs.")


def _undated_story(text: str, url: str) -> dict[str, dict]:
    return events(extract(Article(text=text, title="t", url=url, published=None)))


@pytest.mark.parametrize("url, day", [
    ("https://news.example.org/2031/05/four-held-at-quillatown.html", "detention@2031-05-07"),
    ("https://news.example.org/2030/11/four-held-at-quillatown.html", "detention@2030-05-07"),
    ("https://news.example.org/2030/4-travellers-held-at-quillatown", "detention@2030-05-07"),
])
def test_an_undated_storys_address_gives_the_year_of_a_day(url: str, day: str) -> None:
    found = _undated_story(_STORY, url)
    assert day in found, found


def test_an_address_without_a_year_dates_nothing() -> None:
    """Guard (passes on the pristine code too): no year in the address, no year for "May 7"."""
    found = _undated_story(_STORY, "https://news.example.org/world/four-held-at-quillatown")
    assert "detention@" in found, found


def test_a_weekday_stays_undated_under_an_address_year() -> None:
    """Guard (passes on the pristine code too): the address gives a year, never a day for "on Tuesday"."""
    text = _STORY.replace("on May 7", "on Tuesday")
    found = _undated_story(text, "https://news.example.org/2031/05/four-held-at-quillatown.html")
    assert "detention@" in found, found


def test_an_address_anchor_ends_with_its_month() -> None:
    assert address_anchor("https://x.example/2031-05-07-story") is None
    assert address_anchor("https://x.example/2031/13/story") is not None  # (no month 13: the year alone)

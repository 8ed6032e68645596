"""Titles between a body and its officer's name ("The Namibian Police Deputy Inspector General
Anna Shikongo", "Royal Thai Police Commissioner-General Kitrat Panphet"): the title is read as
one, so the body is found, the person is found and works for the body (probes of Namibian and
Thai outlets, session 27; made-up sentences)."""

import pytest

from tests.unit.test_news_extraction import facts, run


@pytest.mark.parametrize(("text", "person", "body"), [
    ("The Namibian Police Deputy Inspector General Anna Shikongo praised the public on Friday.",
     "Anna Shikongo", "Namibian Police"),
    ("Royal Thai Police Commissioner-General Kitrat Panphet said 20 suspects were arrested in Lotus City.",
     "Kitrat Panphet", "Royal Thai Police")])
def test_a_long_title_between_body_and_name_keeps_both(text: str, person: str, body: str) -> None:
    assert ("WORKS_FOR", person, body, None) in facts(run(text))


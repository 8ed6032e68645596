"""A page's list of other stories under a heading of its own ("Popular", "Related Stories"): its
headlines tell of other news, and no place, body or person they name is the story's (development
text 170). A heading whose next line is reporting ends the list there; the story goes on."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run

_STORY = "Police in Kep arrested 30 Chinese nationals at a scam compound on Monday.\n\n"


def _places(text: str) -> set[str]:
    return names(run(text), Label.LOCATION)


def test_headlines_under_a_popular_heading_name_no_place() -> None:
    text = _STORY + ("Popular\n\nFerry strike leaves hundreds stranded in Norway\n\n"
                     "Storm floods harbour district of Lisbon\n")
    places = _places(text)
    assert "Kep" in places
    assert not {"Norway", "Lisbon"} & places


def test_a_related_stories_heading_over_reporting_ends_at_once() -> None:
    text = _STORY + "Related Stories\n\nThe suspects were later taken to Phnom Penh for questioning.\n"
    assert "Phnom Penh" in _places(text)


def test_a_line_that_only_mentions_popular_is_no_heading() -> None:
    text = _STORY + "Popular gambling sites in Norway were also searched\n"
    assert "Norway" in _places(text)

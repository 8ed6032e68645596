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


def test_a_heading_in_chinese_over_listed_headlines_names_no_place() -> None:
    """The English page of a Chinese outlet heads its list of other stories "相关推荐" ("related
    recommendations"), each headline a bullet; none of them is the story's."""
    text = _STORY + ("相关推荐\n- Trade minister nominee sets out priorities\n"
                     "- Language students flock to courses in Paris\n- Chip export rules tightened by Canada\n")
    places = _places(text)
    assert "Kep" in places
    assert not {"Paris", "Canada"} & places


def test_a_read_more_heading_with_its_colon_lists_another_story() -> None:
    text = _STORY + "READ MORE:\nFuel sales in Norway rise for a third month\nThe suspects were taken to Phnom Penh.\n"
    places = _places(text)
    assert "Norway" not in places
    assert "Phnom Penh" in places  # (the story goes on after the listed headline)

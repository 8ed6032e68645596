"""A town's name that towns of several countries share is the country's the story tells of, where
it names the more populous namesake's country nowhere: San Juan in a story of Philippine bodies and
towns is the Philippine one, and stays Puerto Rico's in a story that names Puerto Rico."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _countries(text: str) -> dict[str, object]:
    return {n.name: n.properties.get("country") for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_a_namesake_town_is_the_country_the_story_tells_of() -> None:
    text = ("The Bureau of Immigration said it arrested a Korean fugitive in San Juan City on May 9, after agents "
            "traced him from a condominium in Pasay.\n")
    assert _countries(text)["San Juan"] == "PH"


def test_the_more_populous_namesake_stays_where_its_country_is_told() -> None:
    text = "Police in Puerto Rico said two men were arrested in San Juan on May 9 over a romance scam.\n"
    assert _countries(text)["San Juan"] == "PR"

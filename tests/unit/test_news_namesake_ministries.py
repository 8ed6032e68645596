""""The Ministry of Public Security" with no country of its own is the one named country's that
has such a ministry, even where the story's places are in a country that has none (a Vietnamese
gang caught in Cambodia); a Lao story's is left as written, since Laos has one of its own that
the gazetteer does not list."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _ministries(text: str) -> set[tuple[str, str | None]]:
    return {(n.name, n.properties.get("country")) for n in run(text).nodes.values()
            if n.label is Label.AGENCY and "Public Security" in n.name}


def test_a_cambodian_story_of_a_vietnamese_gang_names_vietnams_ministry() -> None:
    text = ("Police broke up a Vietnamese fraud gang in Phnom Penh and Sihanoukville, Cambodia, and in Bavet, "
            "Cambodia. The Ministry of Public Security said 40 suspects were arrested in Phnom Penh.")
    assert _ministries(text) == {("Vietnam Ministry of Public Security", "VN")}


def test_a_lao_story_keeps_its_own_ministry() -> None:
    text = ("VIENTIANE — Chinese officials chartered two planes at Wattay Airport in Vientiane, Laos, with Lao "
            "officers under the Ministry of Public Security, and 300 suspects were deported from Laos.")
    assert not any(country == "CN" for _name, country in _ministries(text))

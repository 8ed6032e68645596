"""A foreign ministry told with no country, working with one country's embassy abroad ("the
Ministry of Foreign Affairs ... with the Vietnamese Embassy in Cambodia"), is that embassy's home
ministry, not the ministry of the country the story is set in; with no embassy beside it, the
story's country stays."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _ministries(text: str) -> dict[str, object]:
    return {n.name: n.properties.get("country") for n in run(text).nodes.values()
            if n.label is Label.AGENCY and "Foreign" in n.name}


def test_a_foreign_ministry_beside_its_embassy_abroad_is_the_embassys_home() -> None:
    text = ("The Ministry of Foreign Affairs said on Monday it was working with the Vietnamese Embassy in Cambodia "
            "and Cambodian police to bring home 24 workers who fled a gambling den in Takeo.\n")
    assert _ministries(text) == {"Ministry of Foreign Affairs": "VN"}


def test_a_foreign_ministry_alone_is_the_story_countrys() -> None:
    text = ("Police raided a gambling den in Takeo on Monday and held 24 workers, the Ministry of Foreign Affairs "
            "said in Phnom Penh.\n")
    assert _ministries(text) == {"Ministry of Foreign Affairs": "KH"}

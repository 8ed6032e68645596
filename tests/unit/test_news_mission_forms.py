"""A country's embassy or consulate however written: a capitalized plural before "of" and the
country, a hyphened consulate-general, or a capital's possessive standing for its state."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name.lower() for n in run(text).nodes.values() if n.label == Label.AGENCY}


def test_capitalized_missions_of_a_country_are_its_embassy_and_consulate() -> None:
    names = _agencies("Twelve Norwegians flew home on Friday after the Embassies of Norway in Hanoi and Vientiane "
                      "and the Consulate-General of Norway in Chiang Mai arranged their papers.")
    assert "norwegian embassy" in names
    assert "norwegian consulate general" in names


def test_a_capitals_possessive_embassy_is_that_states_embassy() -> None:
    names = _agencies("By Tuesday some 60 Filipinos had sought help at Manila's embassy in Vientiane.")
    assert "philippine embassy" in names
    assert not any(name.startswith("manila") for name in names)

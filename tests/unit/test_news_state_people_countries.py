"""A country's name written before its state's people or a title ("Myanmar officials", "UK
counterparts", "UK Deputy High Commissioner X", "Cambodia media") says whose they are, as a
demonym would, and names no place of the story; nor does a headline's inverted attribution
("..., says Cambodia:"). A country after a preposition stays a place. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_a_country_before_its_officials_names_no_place() -> None:
    assert _locations("Police freed 40 Kenyans in Myawaddy, with Myanmar officials handing over the papers.") \
        == {"Myawaddy"}


def test_a_country_before_counterparts_or_media_names_no_place() -> None:
    assert "United Kingdom" not in _locations("The Treasury, with its UK counterparts, sanctioned a company in Bavet.")
    assert "Cambodia" not in _locations("As Malaysian and Cambodia media reported, 47 men were held in Poipet.")


def test_a_country_before_a_title_names_no_place() -> None:
    text = "Speaking in Abuja, UK Deputy High Commissioner Jane Rowe said 23 Nigerians had come home from Myawaddy."
    assert "United Kingdom" not in _locations(text)


def test_an_inverted_attribution_names_no_place() -> None:
    assert "Cambodia" not in _locations("We are serious, says Cambodia: 3,000 held in Poipet raids")


def test_a_country_after_a_preposition_stays_a_place() -> None:
    assert "Myanmar" in _locations("The 40 Kenyans held in Myanmar met officials at the border on Monday.")

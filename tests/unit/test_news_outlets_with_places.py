"""An outlet cited as a source whose name holds a country or a people ("the Laos Daily
reported", "per National Vietnam.") is one media organization, not the country. Sentences are
made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _labelled(text: str) -> set[tuple[str, str]]:
    return {(n.label.value, n.name) for n in run(text).nodes.values()}


def test_an_outlet_named_with_a_country_before_reported() -> None:
    found = _labelled("Police freed 40 Kenyans in Myawaddy, the Laos Daily reported on Monday.")
    assert ("Organization", "Laos Daily") in found
    assert ("Location", "Laos") not in found


def test_an_outlet_named_with_a_country_after_per() -> None:
    found = _labelled("The court ordered the extradition of 3 Chinese, per National Vietnam.")
    assert (Label.ORGANIZATION.value, "National Vietnam") in found


def test_a_lone_country_told_is_no_outlet() -> None:
    found = _labelled("The 40 Kenyans were flown home after the embassy told Laos on Monday.")
    assert not any(label == "Organization" for label, _ in found)


def test_a_masthead_that_is_a_places_name_cited_as_a_source_is_the_outlet() -> None:
    for text in ("Britain sanctioned three men over the Lotus project, The Irrawaddy reports.",
                 "A police officer told The Irrawaddy that 40 Chinese were arrested."):
        found = _labelled(text)
        assert ("Organization", "The Irrawaddy") in found, text
        assert ("Location", "Irrawaddy") not in found, text
    assert ("Location", "Irrawaddy") in _labelled("Police in Irrawaddy arrested 12 men, the ministry said.")

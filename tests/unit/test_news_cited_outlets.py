"""Outlets cited as a source in three more constructions: "according to <name>," when the name
holds a masthead's word ("Atlantis Daily", "Atlantis PBS World"), "a report in <name>," and "with
reference to <name>.". A person cited "according to" stays a person. Names and sentences are made
up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _names(text: str, label: Label) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is label}


def test_according_to_a_masthead_names_an_outlet() -> None:
    text = "According to Harbour PBS World, the militia freed 40 Kenyans in Myawaddy."
    assert "Harbour PBS World" in _names(text, Label.ORGANIZATION)


def test_a_report_in_an_outlet_names_it() -> None:
    text = "According to a report in Sunbeam, the compound in Poipet held 40 Kenyans."
    assert "Sunbeam" in _names(text, Label.ORGANIZATION)


def test_with_reference_to_an_outlet_names_it() -> None:
    text = "Police freed 40 Kenyans in Myawaddy, a wire service reports with reference to Lanternfish."
    assert "Lanternfish" in _names(text, Label.ORGANIZATION)


def test_according_to_a_person_names_no_outlet() -> None:
    text = "The firm laundered $9 million, according to Brandon Hale, a prosecutor in Manila."
    assert not _names(text, Label.ORGANIZATION)

"""Indonesian police ranks written as the force abbreviates them ("Kombes Pol.", "AKBP") come
before a name and are no part of it. Names and sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _people(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.PERSON}


def test_kombes_pol_before_a_name_is_left_out() -> None:
    text = "Jakarta police spokesman Kombes Pol. Budi Santoso said 40 suspects were arrested."
    assert _people(text) == {"Budi Santoso"}


def test_akbp_before_a_name_is_left_out() -> None:
    text = "The raid was led by AKBP Rina Wulandari, who said 12 suspects were held in Bali."
    assert _people(text) == {"Rina Wulandari"}

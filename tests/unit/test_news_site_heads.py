"""An unnamed site is named by its head and its place ("compound in Porac"): "office" or
"resort" before the head says what any such site holds, not which site it is, so it stays out
of the name; a word naming the site's trade ("a casino complex") stays in. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _sites(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SITE}


def test_an_office_compound_is_the_compound() -> None:
    assert "compound in Porac" in _sites("Police raided an office compound in Porac on Monday and held 40 Chinese.")


def test_a_resort_hotel_is_the_hotel() -> None:
    assert "hotel in Batangas" in _sites("Agents arrested 12 Koreans at a resort hotel in Batangas on Monday.")


def test_a_trade_before_the_head_stays() -> None:
    assert "casino complex in Porac" in _sites("Police raided a casino complex in Porac on Monday and held 40 Chinese.")


def test_a_condominium_is_a_site() -> None:
    assert "condominium in Porac" in _sites("Police raided a condominium in Porac on Monday and held 40 Chinese.")


def test_luxury_says_nothing_of_which_site() -> None:
    assert "villa in Porac" in _sites("Police raided a luxury villa in Porac on Monday and held 40 Chinese.")


def test_a_height_in_one_word_says_nothing_of_which_site() -> None:
    sites = _sites("Police raided a multilevel building in Porac on Monday; the building in Porac held 40 Chinese.")
    assert sites == {"building in Porac"}


def test_a_headlines_verb_is_no_kind_of_site() -> None:
    """"Police raid compound in Porac": the present-tense verb of a headline before its object."""
    assert _sites("Police raid compound in Porac\n\nThe raid took place on Monday.") == {"compound in Porac"}
    assert _sites("Troops storm hotel in Tarlac\n\nThe raid took place on Monday.") == {"hotel in Tarlac"}

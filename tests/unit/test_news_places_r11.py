"""Places: the other spellings of a town the gazetteer knows."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_mesot_is_another_spelling_of_mae_sot() -> None:
    batch = run("The workers were taken to a camp in the Myawaddy-Mesot region near the border.")
    assert "Mae Sot" in names(batch, Label.LOCATION)


def test_the_myawaddy_compound_areas_are_places() -> None:
    batch = run("The workers were moved from Mae Thaw Tha Lay to casinos in Kyauk Khet, south of Myawaddy.")
    assert {"Mae Thaw Tha Lay", "Kyauk Khet"} <= names(batch, Label.LOCATION)

"""A US court's district is one name with its state ("the U.S. Attorney's Office for the Eastern
District of New York", "the District Court for the District of Columbia"); the names were cut at
"of" (audit 39K). A division in the one it lies in ("Mawdin Township of Karen State") stays
two places."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_office_for_a_court_district_keeps_its_state() -> None:
    batch = run("The U.S. Attorney's Office for the Eastern District of New York charged the broker on Monday.")
    assert names(batch, Label.AGENCY) == {"U.S. Attorney's Office for the Eastern District of New York"}


def test_a_court_for_the_district_of_columbia_keeps_its_name() -> None:
    batch = run("The complaint was filed in the District Court for the District of Columbia.")
    assert names(batch, Label.AGENCY) == {"District Court for the District of Columbia"}


def test_a_township_of_a_state_stays_two_places() -> None:
    batch = run("Troops raided a compound in Mawdin Township of Karen State.")
    assert {"Mawdin", "Karen"} <= names(batch, Label.LOCATION)

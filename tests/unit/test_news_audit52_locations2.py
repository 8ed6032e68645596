"""Audit 52, fixer locations2: a people subject with a relative clause before "are from" a list of
countries, and a Philippine province the gazetteer lacked (made-up towns and people; real countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_people_with_a_relative_clause_are_from_a_list_of_homelands() -> None:
    batch = run("Guards freed 60 workers from a camp in Wrenmouth on Tuesday. The other workers who were kept "
                "in the camp are from Chile, Peru and Bolivia.")
    assert not {"Chile", "Peru", "Bolivia"} & names(batch, Label.LOCATION)
    assert {"Chile", "Peru", "Bolivia"} <= names(batch, Label.NATIONALITY)


def test_things_with_a_relative_clause_keep_their_countries_as_places() -> None:
    batch = run("Guards seized 60 phones at a camp in Wrenmouth on Tuesday. The boxes that were stacked in "
                "the camp are from Chile and Peru.")
    assert {"Chile", "Peru"} <= names(batch, Label.LOCATION)
    assert not {"Chile", "Peru"} & names(batch, Label.NATIONALITY)


def test_tawi_tawi_is_a_province() -> None:
    batch = run("Police rescued 14 job seekers during an operation in Tawi-Tawi on Monday.")
    assert "Tawi-Tawi" in names(batch, Label.LOCATION)


def test_a_country_owning_its_top_diplomat_is_no_place() -> None:
    batch = run("The ministry summoned Chile's senior diplomat in Wrenmouth on Tuesday.")
    assert "Chile" not in names(batch, Label.LOCATION)


def test_a_country_that_remains_committed_is_its_government() -> None:
    batch = run("The minister said Peru remains committed to ending the trafficking of its workers.")
    assert "Peru" not in names(batch, Label.LOCATION)
    placed = run("Two workers fled to Peru, which remains committed to ending the trade.")
    assert "Peru" in names(placed, Label.LOCATION)  # (where they fled to)

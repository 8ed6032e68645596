"""A weekday's short name opening a date ("Tue, 4 March 2025"; "Mon, 9 June") is no place, though
"Mon" is also a state of Myanmar (audit 11: l21, a blog's date line). The state itself stays."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_weekday_opening_a_date_is_no_place() -> None:
    batch = run("Mon, 9 June 2025\nPolice in Kampot deported 41 Chinese nationals on Sunday.")
    assert "Mon" not in names(batch, Label.LOCATION)


def test_the_state_of_the_same_name_is_still_a_place() -> None:
    batch = run("Troops raided a compound in Mon State on Monday and detained 60 workers.")
    assert "Mon" in names(batch, Label.LOCATION)

"""A state as the subject of a sanction, a designation or an indictment ("Canada imposed
sanctions on a tycoon", "Australia has designated the group", "the US indicted the man") acts as
its government, like a state that "asked" or "signed": the mention names no place of the story
(development articles 119, 124 and 130, audit page o13; the corpus's guideline says the same). A
state where an act happened stays a place. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_a_state_imposing_sanctions_is_no_place() -> None:
    assert "Canada" not in _locations("Canada has imposed sanctions on a Cambodian tycoon and his resort in Koh Kong.")


def test_a_state_that_indicted_a_man_is_no_place() -> None:
    places = _locations("Raids in Kampot began last year, after Australia indicted a businessman over fraud.")
    assert "Australia" not in places and "Kampot" in places


def test_a_state_where_people_were_arrested_stays_a_place() -> None:
    assert "Canada" in _locations("Police in Canada arrested three recruiters on Monday.")


def test_a_state_that_sanctioned_a_firm_is_no_place() -> None:
    assert _locations("Last year the US sanctioned the Orchid Lake Group, which runs a casino in Poipet.") == {"Poipet"}


def test_states_that_indict_or_extradite_are_no_places() -> None:
    text = "Raids in Poipet began once Japan indicted a casino owner and Korea extradited him."
    assert _locations(text) == {"Poipet"}

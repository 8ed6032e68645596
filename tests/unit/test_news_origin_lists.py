"""A group's origins told as a list of two or more countries after a verb of origin ("the others
come from A, B and C", "the workers, who came from A and B", "the rest are from A and B") name
the people's nationalities, not places of the story. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _kinds(text: str) -> tuple[set[str], set[str]]:
    nodes = run(text).nodes.values()
    return ({n.name for n in nodes if n.label is Label.LOCATION},
            {n.name for n in nodes if n.label is Label.NATIONALITY})


def test_the_others_come_from_a_list_of_countries() -> None:
    places, nationalities = _kinds("Police held 80 people in Dili. Most were Peruvian. The others come from Kenya, Nepal and Ghana.")
    assert {"Kenya", "Nepal", "Ghana"} <= nationalities
    assert places == {"Dili"}


def test_workers_who_came_from_a_list_of_countries() -> None:
    places, nationalities = _kinds("The workers, who came from Chile, Peru and Bolivia, were questioned in Dili.")
    assert {"Chile", "Peru", "Bolivia"} <= nationalities
    assert places == {"Dili"}


def test_the_rest_are_from_a_list_of_countries() -> None:
    places, nationalities = _kinds("Of the 30 deportees, 20 are Kenyan while the rest are from Nepal, Ghana, and Chile.")
    assert {"Nepal", "Ghana", "Chile"} <= nationalities
    assert not places & {"Nepal", "Ghana", "Chile"}


def test_one_country_after_came_from_stays_a_place() -> None:
    places, nationalities = _kinds("The 40 workers came from Cambodia last week.")
    assert "Cambodia" in places
    assert "Cambodia" not in nationalities

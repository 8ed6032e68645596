"""One airport named with and without "International" in a story is one place, named by the form
the story writes more often (the full one on a tie). Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_two_forms_of_one_airport_are_one_place() -> None:
    text = ("Two agents were held at Chennai Airport on Monday. "
            "Officers said 9 Indians had flown out of Chennai International Airport in May.")
    airports = {name for name in _locations(text) if name.endswith("Airport")}
    assert airports == {"Chennai International Airport"}


def test_the_form_written_more_often_names_it() -> None:
    text = ("Planes landed at Mae Sot Airport on Monday. Officials met at Mae Sot International Airport. "
            "More planes will land at Mae Sot Airport on Friday to carry 300 Chinese home.")
    airports = {name for name in _locations(text) if name.endswith("Airport")}
    assert airports == {"Mae Sot Airport"}


def test_two_different_airports_stay_two() -> None:
    text = "The 9 Indians flew from Chennai Airport to Bangkok and landed at Suvarnabhumi International Airport."
    airports = {name for name in _locations(text) if name.endswith("Airport")}
    assert len(airports) == 2


def test_a_name_like_a_persons_before_a_lower_case_airport_is_the_airport() -> None:
    batch = run("The 90 workers landed at Tan Son Bac airport in Hanoi early Wednesday, the ministry said.\n")
    assert "Tan Son Bac" not in names(batch, Label.PERSON)
    assert "Tan Son Bac airport" in names(batch, Label.LOCATION)

"""A place's name at the head of an airline's is no place mentioned: "a Cebu Pacific flight" and
"China Airlines Flight CI-836" name carriers, not the province of Cebu or China (a closed class:
the carrier and flight words after the name). A place right before "flight" ("a Phnom Penh
flight") is where the flight goes and stays a place."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _places(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_a_place_opening_an_airline_name_is_no_place() -> None:
    places = _places("Officers stopped the two passengers at the airport in Manila on Monday before they could board "
                     "a Cebu Pacific flight to Bangkok.")
    assert "Cebu" not in places
    assert {"Manila", "Bangkok"} <= places
    assert "Vietnam" not in _places("The 20 workers flew home to Manila on a Vietnam Airlines plane on Monday.")


def test_a_place_right_before_flight_is_where_it_goes() -> None:
    assert "Phnom Penh" in _places("The two men boarded a Phnom Penh flight at the airport in Manila on Monday.")

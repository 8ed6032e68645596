"""Countries named as the governments that act together ("cooperation among X, Y and Z", "joint
efforts among ...", "a joint operation with X and Y", "efforts between ...", "under the pressure of
X and Y") are no places of the story. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_cooperation_among_countries_names_no_place() -> None:
    text = "Since then, cooperation among Vietnam, Laos, and Cambodia has freed 40 Kenyans in Myawaddy."
    assert _locations(text) == {"Myawaddy"}


def test_efforts_among_countries_name_no_place() -> None:
    text = "The talks sped up joint efforts among Laos, Vietnam and Cambodia to free 40 Kenyans in Myawaddy."
    assert _locations(text) == {"Myawaddy"}


def test_under_the_pressure_of_countries_names_no_place() -> None:
    text = "Under the pressure of Vietnam and Laos, the militia freed 40 Kenyans in Myawaddy in May."
    assert _locations(text) == {"Myawaddy"}


def test_people_sent_among_places_still_name_them() -> None:
    assert "Laos" in _locations("The 40 Kenyans were held in Laos for a month before they were freed.")


def test_countries_of_a_joint_operation_or_of_efforts_between_them_act_and_are_no_places() -> None:
    places = _locations("About 900 people were detained in a joint operation with Laos and Thailand in Tachileik. "
                        "The ring works through cooperative efforts between Laos, Thailand and Vietnam.")
    assert not {"Laos", "Thailand", "Vietnam"} & places
    assert "Tachileik" in places


def test_the_government_of_a_country_or_objections_from_it_name_the_state_not_a_place() -> None:
    places = _locations("The ministry is working with the government of Laos to bring 40 Nepalis home from "
                        "Bokeo, despite objections from Vietnam.")
    assert not {"Laos", "Vietnam"} & places
    assert "Bokeo" in places

"""A country that does a state's act on people or bodies (the subject of "imposed", "issued",
"facilitated", "announced", each country of a list before such a verb, or the agent after such a
participle and "by") is its government, no place of the story; a country that takes its own
people back is where they go, and stays a place. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_a_country_that_imposes_measures_names_no_place() -> None:
    text = "Canada on Monday imposed travel bans on 12 people who ran a compound in Myawaddy."
    assert _locations(text) == {"Myawaddy"}


def test_a_country_that_has_already_facilitated_a_return_names_no_place() -> None:
    text = "Laos has already facilitated the return of 31 Kenyans held at a compound in Myawaddy."
    assert _locations(text) == {"Myawaddy"}


def test_every_country_of_a_list_before_the_act_names_no_place() -> None:
    text = "In June, the US, the UK and Australia announced asset freezes on a firm that runs a hub in Myawaddy."
    assert _locations(text) == {"Myawaddy"}


def test_countries_after_by_and_the_acts_participle_name_no_place() -> None:
    text = "The firm ran a hub in Myawaddy until measures imposed by the U.S. and Canada froze its accounts."
    assert _locations(text) == {"Myawaddy"}


def test_a_country_that_takes_its_people_back_stays_a_place() -> None:
    assert "Nepal" in _locations("Nepal repatriated 40 workers held at a compound in Myawaddy in June.")


def test_a_country_after_a_preposition_stays_a_place() -> None:
    assert "Laos" in _locations("Police in Laos issued warrants for 12 managers of a compound in Myawaddy.")


def test_a_country_owning_its_crackdown_names_no_place() -> None:
    text = "Amid Laos's sweeping crackdown, 40 Kenyans walked out of a compound in Myawaddy."
    assert _locations(text) == {"Myawaddy"}


def test_a_country_owning_its_first_ruling_names_no_place() -> None:
    text = "A court in Myawaddy jailed a recruiter for six years, in Kenya's first ruling on such a case."
    assert _locations(text) == {"Myawaddy"}


def test_a_country_owning_a_place_stays_a_place() -> None:
    assert "Laos" in _locations("The 40 Kenyans were held in Laos's northern hills before they were freed.")

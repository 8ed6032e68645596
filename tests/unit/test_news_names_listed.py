"""People named in a list that a colon and a bulleted line introduce ("The returnees include:" and
a line "- A B, C D, ..."): the line break and the bullet mark stand between the colon and the
first name, and a South Asian name may open with an initial in capitals ("SK Arman")."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_bulleted_line_of_names_after_a_colon_is_a_list_of_people() -> None:
    batch = run("Twelve workers flew back to Dhaka on Tuesday. The returnees include:\n"
                "- Karim Uddin, Jahid Hasan Milon, Rafiq Ahmed and Sohel Rana.")
    assert {"Karim Uddin", "Jahid Hasan Milon", "Rafiq Ahmed", "Sohel Rana"} <= names(batch, Label.PERSON)


def test_an_initial_in_capitals_opens_a_listed_name() -> None:
    batch = run("The victims were identified as Karim Uddin, MD Jahid Hasan, Rafiq Ahmed and Sohel Rana.")
    assert {"MD Jahid Hasan", "Rafiq Ahmed", "Sohel Rana"} <= names(batch, Label.PERSON)


def test_a_towns_name_before_and_and_a_listed_person_is_a_person() -> None:
    batch = run("The victims were identified as Karim Uddin, Rafiq Ahmed, Shah Alam, and Sohel Rana.")
    assert "Shah Alam" in names(batch, Label.PERSON)
    assert "Shah Alam" not in names(batch, Label.LOCATION)


def test_a_bulleted_line_of_places_after_a_colon_names_no_people() -> None:
    batch = run("The raids covered three provinces:\n- Preah Sihanouk, Kampong Speu and Svay Rieng.")
    assert names(batch, Label.PERSON) == set()


def test_a_list_with_no_people_noun_before_the_colon_names_no_people() -> None:
    batch = run("The companies named were:\n- Golden Lotus Trading, Silver Crane Holdings and Jade River Tech.")
    assert names(batch, Label.PERSON) == set()

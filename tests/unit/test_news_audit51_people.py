"""Audit 51, fixer people: persons a list names by one name among full names, a holder's name after a
portfolio that ends in "Immigration", a title's posting in brackets before a name, people that
"include" a name, and close kin named by one name (made-up people and places)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_lone_names_among_full_names_in_a_list_are_people() -> None:
    batch = run("Among the men behind the fake call centre were Dara Voss, Kemal, Lio Varga, and Joss.")
    assert {"Dara Voss", "Kemal", "Lio Varga", "Joss"} <= names(batch, Label.PERSON)


def test_lone_names_listed_with_their_countries_are_people() -> None:
    batch = run("The suspects were identified as Tomas Brek from Kenya, Ilse Marra from Ghana, Oduya from "
                "Kenya, and Fenwick from Ghana.")
    assert {"Tomas Brek", "Ilse Marra", "Oduya", "Fenwick"} <= names(batch, Label.PERSON)


def test_a_lone_word_beside_one_person_and_apps_is_no_one() -> None:
    batch = run("Police named Dara Voss, Telegram and WhatsApp in the report.")
    assert names(batch, Label.PERSON) == {"Dara Voss"}
    closing = run("Police arrested Dara Voss and Kemal on Monday.")
    assert "Kemal" not in names(closing, Label.PERSON)  # (one full name before "and": no list of people)


def test_a_holder_after_a_portfolio_ending_in_immigration_is_a_person() -> None:
    batch = run("Minister for Home Affairs and Immigration Tavita Rokoua said the deportees left on Monday.")
    assert "Tavita Rokoua" in names(batch, Label.PERSON)



def test_a_posting_in_brackets_between_title_and_name_leaves_the_name_a_person() -> None:
    batch = run("The Deputy Inspector General (Northern Range) Tomas Brek ordered the cyber cell to act.")
    assert "Tomas Brek" in names(batch, Label.PERSON)


def test_people_that_include_a_name_make_it_a_person() -> None:
    batch = run("Those rescued include Oren Valdt of Pinecrest, who was held in Wrenmouth for a year.")
    assert "Oren Valdt" in names(batch, Label.PERSON)
    sites = run("The sites include Golden Harrow, a gaming hall in Wrenmouth.")
    assert "Golden Harrow" not in names(sites, Label.PERSON)  # (places included, no one)


def test_close_kin_named_by_one_name_is_a_person() -> None:
    batch = run("Ilse Marra said her son Tobin was promised a job in Wrenmouth.")
    assert {"Ilse Marra", "Tobin"} <= names(batch, Label.PERSON)
    wife = run("The case came to light after the worker's wife, Nadia, filed a complaint with police.")
    assert "Nadia" in names(wife, Label.PERSON)
    weekday = run("Her son Monday left for the border.")
    assert not names(weekday, Label.PERSON)


def test_the_next_ones_age_after_a_town_leaves_the_town_no_one() -> None:
    batch = run("The victims include 26-year-old Tomas Brek from Port Elda, 29-year-old Ilse Marra from Wrenmouth, "
                "and several others.")
    assert {"Tomas Brek", "Ilse Marra"} <= names(batch, Label.PERSON)
    assert "Port Elda" not in names(batch, Label.PERSON)


def test_a_wires_credit_after_a_captioned_name_is_no_part_of_it() -> None:
    batch = run("Foreign Ministry Spokesperson Arvind Bakshi\n\nForeign Ministry Spokesperson Arvind Bakshi PTI\n\n"
                "Over 70 workers were rescued, Bakshi said.")
    assert "Arvind Bakshi PTI" not in names(batch, Label.PERSON)
    assert "Arvind Bakshi" in names(batch, Label.PERSON)


def test_a_name_described_by_a_demonym_alone_is_a_person() -> None:
    batch = run("Victims met Tomas Brek, a Ghanaian, in a bar in Wrenmouth.")
    assert "Tomas Brek" in names(batch, Label.PERSON)
    firm = run("They worked for Golden Harrow, a Chinese firm, in Wrenmouth.")
    assert "Golden Harrow" not in names(firm, Label.PERSON)  # (the demonym describes a thing)


def test_a_certain_name_is_a_person() -> None:
    batch = run("The gang ran the centre from a villa owned by a certain Ilse Marra.")
    assert "Ilse Marra" in names(batch, Label.PERSON)

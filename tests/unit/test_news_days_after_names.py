"""A day name right after a name and before a word of the clause ("told <agency> Tuesday that",
"landed at <airport> Thursday night") is the day the clause tells, never the last word of the
name (audit 17: r06, where a wire agency and a weekday had become one person; o14's airport name
was cut). A given name that is a day ("<title> Sunday, 27") stays a name. A name holding an acronym
written with a lower-case letter inside ("NoRKA Roots", fresh18) is a body's, never a person's.
Made-up texts."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_day_after_a_wire_agency_is_no_person() -> None:
    batch = run("Twelve Vietnamese were freed from a compound in Laos. "
                "A police source told Reuters Wednesday that the twelve flew home.")
    assert not [name for name in names(batch, Label.PERSON) if "Wednesday" in name]


def test_a_day_after_an_airport_name_leaves_the_airport_whole() -> None:
    batch = run("The 30 deportees landed at Fuzhou Changle International Airport Friday night.")
    places = names(batch, Label.LOCATION)
    assert "Fuzhou Changle International Airport" in places
    assert not [name for name in places if "Friday" in name]


def test_a_given_name_that_is_a_day_stays_in_the_name() -> None:
    batch = run("Police arrested three suspects: Pastor Monday, 31, from Enugu State, and Grace Obi, 24.")
    assert [name for name in names(batch, Label.PERSON) if "Monday" in name]


def test_a_day_after_a_wire_agency_at_the_sentences_end_is_no_person() -> None:
    batch = run("Twelve Vietnamese landed in Hanoi, a police source told Reuters Saturday. They were freed in Laos.")
    assert not [name for name in names(batch, Label.PERSON) if "Saturday" in name]


def test_a_name_holding_an_acronym_with_a_lower_case_letter_inside_is_no_person() -> None:
    batch = run("They were flown home from Bangkok. According to MiGRA Care, an office of the regional government "
                "that looks after workers abroad, the 15 victims were detained. The return was arranged by the "
                "embassy, said MiGRA Care in a statement. Officer Ryan McDonald said they were safe.")
    people = names(batch, Label.PERSON)
    assert not [name for name in people if "MiGRA" in name]
    assert "Ryan McDonald" in people

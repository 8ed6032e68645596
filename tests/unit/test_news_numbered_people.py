"""People listed on numbered lines after a colon ("Those arraigned include:" then "1. A B (aka C)",
"2. D E", ...) are people, each line's name, with an alias in brackets no person of its own."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run

_LIST = ("The court heard the case on Monday. Those arraigned include:\n\n"
         "  1. Quispe Mamani Luz (aka Lucha)\n  2. Arriaga Vidal Tomas\n  3. Condori Yupanqui\n"
         "  4. Huanca Flores Ana (aka Anita)\n\nAll pleaded not guilty.\n")


def test_each_numbered_line_after_a_colon_names_a_person() -> None:
    people = names(run(_LIST), Label.PERSON)
    assert {"Quispe Mamani Luz", "Arriaga Vidal Tomas", "Condori Yupanqui", "Huanca Flores Ana"} <= people


def test_an_alias_in_brackets_is_no_person_of_its_own() -> None:
    people = names(run(_LIST), Label.PERSON)
    assert "Lucha" not in people and "Anita" not in people


def test_numbered_lines_of_other_things_name_nobody() -> None:
    text = "The plan has three parts:\n\n  1. Border Control\n  2. Public Awareness\n  3. Victim Support\n"
    assert not names(run(text), Label.PERSON)

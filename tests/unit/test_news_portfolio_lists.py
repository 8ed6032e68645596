"""A comma then "and" goes on with a list, it opens no apposition: in "by Foreign Affairs,
Foreign Employment, and Tourism Minister, Vijitha Herath" the title at the list's end does
not make "Foreign Employment" a person. A name, a comma and a title still make one."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _people(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.PERSON}


def test_a_portfolio_in_a_list_before_a_title_is_no_person() -> None:
    people = _people("The talks on 13 February 2025 were held by Foreign Affairs, Foreign Employment, and "
                     "Tourism Minister, Vijitha Herath, with Thai officials.")
    assert "Foreign Employment" not in people


def test_a_name_then_a_comma_and_a_title_is_still_a_person() -> None:
    people = _people("Rescued victims were met by Kamal Perera, the consul, at the airport in Colombo.")
    assert "Kamal Perera" in people

"""A body named by its head word and a field that is itself a head word ("Department of
Immigration", "Ministry of Immigration") may name a second field after "and"; the name goes on
over it ("Department of Immigration and Emigration"). A second body, a place or a day after "and"
still ends the name. All sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    graph = run(text)
    return {n.name for n in graph.nodes.values() if n.label is Label.AGENCY}


def test_a_department_with_two_fields_is_one_name() -> None:
    names = _agencies("Kenya Police officers, a team of the Department of Immigration and Emigration, "
                      "and 50 airline staff took the 40 deportees to Nairobi on Monday.")
    assert "Department of Immigration and Emigration" in names
    assert "Department of Immigration" not in names


def test_a_ministry_with_two_fields_is_one_name() -> None:
    names = _agencies("On Monday a team from Kenya's Ministry of Immigration and Population, with its "
                      "director John Mwangi, received 40 deportees in Nairobi.")
    assert any(name.endswith("Ministry of Immigration and Population") for name in names)


def test_another_body_or_a_place_after_and_ends_the_name() -> None:
    names = _agencies("Officials from the Department of Immigration and Interpol traced the 40 suspects.")
    assert "Department of Immigration and Interpol" not in names
    names = _agencies("Officers of the Department of Immigration and Manila police arrested 40 suspects on Monday.")
    assert not any("Manila" in name and "Department" in name for name in names)

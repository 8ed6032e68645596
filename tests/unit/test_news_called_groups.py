"""A group's own name after its noun and "called", "named", "dubbed" or "known as" ("a crime
group called Red Lantern", "a ring known as Blue Orchid") is an organization, not a person."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_groups_name_after_called_is_an_organization() -> None:
    batch = run("Members of a Bolivian crime group called Red Lantern took the workers' passports.\n")
    assert "Red Lantern" in names(batch, Label.ORGANIZATION)
    batch = run("A ring known as Blue Orchid lured the workers to Arica.\n")
    assert "Blue Orchid" in names(batch, Label.ORGANIZATION)
    assert not names(batch, Label.PERSON)


def test_a_person_called_by_a_name_is_no_organization() -> None:
    batch = run("A man called Tomas Arriaga Vidal lured the workers to Arica.\n")
    assert not names(batch, Label.ORGANIZATION)

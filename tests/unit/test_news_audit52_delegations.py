"""Audit 52, lead: a team that nobody sent, whose country, kind and leader the story never gives,
is no delegation (made-up bodies and places)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_raiding_task_force_of_no_one_is_no_delegation() -> None:
    batch = run("More than 300 workers were freed on Sunday once a task force led by the Anti-Fraud Commission "
                "raided a gaming hub in Dorvan City.")
    assert not names(batch, Label.DELEGATION)


def test_a_delegation_whose_country_is_told_stays() -> None:
    batch = run("A Chinese delegation arrived in Dorvan on Monday to discuss the return of 200 workers.")
    assert names(batch, Label.DELEGATION) == {"Chinese delegation"}

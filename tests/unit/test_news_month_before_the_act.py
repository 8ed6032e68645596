"""A month written alone before the act it dates ("the case followed a May crackdown, when police
arrested 44") dates that act: it is an act of its own, not the story's later one. Tests in
made-up words."""

from scamgraph.loaders.dates import find_dates
from tests.unit.test_news_extraction import facts, run
from tests.unit.test_dates import THURSDAY


def test_a_month_before_an_act_noun_is_a_date() -> None:
    assert [d.value for d in find_dates("the case followed a May crackdown", 0, THURSDAY)] == ["2026-05"]
    assert [d.value for d in find_dates("the suspects may raid again", 0, THURSDAY)] == []


def test_the_earlier_act_keeps_its_own_people() -> None:
    found = facts(run("Police arrested Sok Vanna on 15 June. The case followed a May crackdown, when Thai and "
                      "Cambodian police jointly arrested 44 Cambodian nationals in the compound."))
    assert ("ARRESTED", "arrest@2026-05", "KH", 44) in found
    assert not any(f[1] == "arrest@2026-06-15" and f[3] == 44 for f in found)

"""A larger group counted after a copula ("were among", "were part of a group of") takes the act
its relative clause tells, as it already takes a participle after it (audit 30, page g01: the group
held in an earlier raid got no count, and with "among" it was given the act named by the noun of the
few before the copula). Sentences are made up."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(rel, target, count) for rel, _, target, count in facts(run(text)) if count is not None}


def test_part_of_a_group_takes_the_act_of_its_relative_clause() -> None:
    text = ("Officers in Kalibo said the men sent home were part of a group of 212 Laotian nationals who were "
            "detained in June in a sweep of a warehouse.")
    assert ("DETAINED", "LA", 212) in _counted(text)


def test_among_a_group_is_not_the_act_of_the_few_before_the_copula() -> None:
    text = ("Officers in Kalibo said the deportees were among 212 Laotian nationals who were "
            "detained in June in a sweep of a warehouse.")
    counted = _counted(text)
    assert ("DETAINED", "LA", 212) in counted
    assert not any(rel == "DEPORTED" and count == 212 for rel, _, count in counted)


def test_a_group_after_a_verb_of_its_own_keeps_that_verb() -> None:
    text = "Soldiers rescued 64 Nepali workers who were held in a compound near Tachileik on Monday."
    assert ("RESCUED", "NP", 64) in _counted(text)

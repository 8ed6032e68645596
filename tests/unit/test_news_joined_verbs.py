"""Two active verbs joined by "and" before one counted object ("freed and flown home 30 Chileans"):
both acts were done to the same people, each with the same number."""

from tests.unit.test_news_extraction import facts, run


def _acts(text: str) -> set[tuple[str, str, object]]:
    return {(f[0], f[2], f[3]) for f in facts(run(text))}


def test_the_first_of_two_joined_verbs_counts_the_object_too() -> None:
    text = ("The labour ministry, working with a charity in Lima, has rescued and returned 30 Chileans "
            "held at call centres abroad.\n")
    found = _acts(text)
    assert ("RESCUED", "CL", 30) in found
    assert ("REPATRIATED", "CL", 30) in found


def test_finding_is_no_second_act() -> None:
    text = "Soldiers discovered and rescued 12 Bolivians in a warehouse outside Quito on Friday.\n"
    found = _acts(text)
    assert ("RESCUED", "BO", 12) in found
    assert not any(rel == "FOUND" for rel, _, _ in found)


def test_a_planned_first_act_adds_nothing() -> None:
    text = "Officials plan to arrest and deport 40 Bolivians next month, the ministry said.\n"
    assert not any(rel == "ARRESTED" for rel, _, _ in _acts(text))

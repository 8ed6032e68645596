"""People who are the object of an act noun ("the repatriation of", "the rescue of") had that act
done to them; a harm told after them ("who were lured", "trafficked to") only describes them."""

from tests.unit.test_news_extraction import facts, run


def test_a_harm_in_a_relative_clause_leaves_the_act_noun_theirs() -> None:
    found = facts(run("The ministry confirmed the repatriation of four Nepali nationals who were lured into scam work."))
    assert any(f[0] == "REPATRIATED" and f[2] == "NP" and f[3] == 4 for f in found)


def test_a_harm_told_by_a_participle_leaves_the_act_noun_theirs() -> None:
    found = facts(run("The embassy secured the rescue of 14 Lao workers trafficked to Myanmar."))
    assert any(f[0] == "RESCUED" and f[2] == "LA" and f[3] == 14 for f in found)
    assert not any(f[0] == "AFFECTED" and f[2] == "LA" for f in found)


def test_an_act_noun_that_is_awaited_tells_no_act() -> None:
    found = facts(run("Families are awaiting the return of 30 Filipinos who were trafficked to Cambodia."))
    assert not any(f[2] == "PH" and f[0] == "REPATRIATED" for f in found)

"""People told before who "were among" a larger group an earlier act was done to: the act was done
to them too, with the number told for them before (the group's own number counts the group)."""

from tests.unit.test_news_extraction import facts, run


def _arrested(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "ARRESTED"}


def test_the_people_told_before_take_the_act_of_the_group_they_were_among() -> None:
    text = ("Peru deported 40 Chilean citizens on Friday. The deportees were among some 300 workers, local "
            "and foreign, rounded up by police in a raid on a call centre in Lima in May.\n")
    assert ("CL", 40) in _arrested(text)


def test_those_with_a_participle_refer_back_as_well() -> None:
    text = ("Peru deported 40 Chilean citizens on Friday. Those deported were among about 300 people "
            "arrested in a raid on a call centre in Lima.\n")
    assert ("CL", 40) in _arrested(text)


def test_the_group_number_is_never_given_to_the_people() -> None:
    text = ("Peru deported 40 Chilean citizens on Friday. The deportees were among 300 workers arrested "
            "in a raid on a call centre in Lima.\n")
    assert ("CL", 300) not in _arrested(text)


def test_a_group_of_their_own_nationality_keeps_its_own_number() -> None:
    text = ("Peru deported 40 Chilean citizens on Friday. The deportees were among 300 Chileans detained "
            "in a raid on a call centre in Lima.\n")
    detained = {(f[2], f[3]) for f in facts(run(text)) if f[0] == "DETAINED"}
    assert ("CL", 40) not in detained


def test_an_act_still_to_come_gives_nothing() -> None:
    text = ("Peru deported 40 Chilean citizens on Friday. The deportees were among 300 workers to be "
            "arrested in a raid planned for June.\n")
    assert not any(code == "CL" for code, _n in _arrested(text))


def test_suspects_are_not_the_victims_counted_before() -> None:
    text = ("Police rescued 40 Chilean workers on Friday. The suspects were among dozens of people arrested "
            "in a raid on the call centre in May.\n")
    assert not any(code == "CL" for code, _n in _arrested(text))


def test_no_group_smaller_than_the_people_told_before() -> None:
    text = ("Peru deported 40 Chilean citizens on Friday. The deportees were among 12 people arrested in a raid "
            "on a call centre in May.\n")
    assert not any(code == "CL" for code, _n in _arrested(text))

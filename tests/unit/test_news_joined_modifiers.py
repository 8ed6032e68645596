"""Two modifiers joined by "and" or "or" before the people noun of a count ("214 fraud and
gambling suspects"): the noun phrase goes on to its people noun, as it does with one modifier.
A conjunction before a verb or a number ends the phrase: the words after it are another clause."""

from tests.unit.test_news_extraction import facts, run


def test_two_joined_modifiers_reach_the_people_noun() -> None:
    found = facts(run("Police on Sunday arrested 214 fraud and gambling suspects from Peru."))
    assert any(f[0] == "ARRESTED" and f[2:] == ("PE", 214) for f in found)


def test_joined_modifiers_read_as_one_modifier_is() -> None:
    one = facts(run("Soldiers on Sunday rescued 95 trafficking victims from Peru."))
    two = facts(run("Soldiers on Sunday rescued 95 trafficking and scam victims from Peru."))
    assert {f for f in two if f[2] == "PE"} == {f for f in one if f[2] == "PE"} != set()


def test_a_conjunction_before_a_verb_or_a_number_ends_the_phrase() -> None:
    for text in ("Police on Sunday held 40 overnight and freed Peruvian workers.",
                 "Police on Sunday arrested 40 overnight and twelve suspects from Peru on Monday."):
        assert not any(f[2] == "PE" and f[3] == 40 for f in facts(run(text)))

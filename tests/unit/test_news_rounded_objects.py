"""Rounded numbers as the object of a count verb: "arrested about 40 Chinese" is 40 of them, as
"around 40" always was ("about" after a verb rounds; after a noun, "complaints about 336
Malaysians", it tells what the noun concerns); "half a dozen" is six."""

from tests.unit.test_news_extraction import counts_of



def test_about_after_the_verb_rounds_the_number() -> None:
    assert ("ARRESTED", "CN", 40) in counts_of("Police arrested about 40 Chinese in Lotown.\n")


def test_about_after_a_noun_is_what_it_concerns() -> None:
    assert not any(nat == "MY" for _, nat, _ in counts_of("Officials received complaints about 336 Malaysians.\n"))


def test_half_a_dozen_is_six() -> None:
    counted = counts_of("Police arrested half a dozen Chinese in Lotown on Monday.\n")
    assert ("ARRESTED", "CN", 6) in counted
    assert ("ARRESTED", "CN", 12) not in counted

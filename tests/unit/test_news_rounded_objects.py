"""Rounded numbers as the object of a count verb: "arrested about 40 Chinese" is 40 of them, as
"around 40" always was ("about" after a verb rounds; after a noun, "complaints about 336
Malaysians", it tells what the noun concerns); "half a dozen" is six."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(f[0], f[2], f[3]) for f in facts(run(text))}


def test_about_after_the_verb_rounds_the_number() -> None:
    assert ("ARRESTED", "CN", 40) in _counted("Police arrested about 40 Chinese in Lotown.\n")


def test_about_after_a_noun_is_what_it_concerns() -> None:
    assert not any(nat == "MY" for _, nat, _ in _counted("Officials received complaints about 336 Malaysians.\n"))


def test_half_a_dozen_is_six() -> None:
    counted = _counted("Police arrested half a dozen Chinese in Lotown on Monday.\n")
    assert ("ARRESTED", "CN", 6) in counted
    assert ("ARRESTED", "CN", 12) not in counted

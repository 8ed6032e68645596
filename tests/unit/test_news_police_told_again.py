"""A story names its police force once, then calls it "the police" (a Namibian outlet's wording,
session 27; made-up places): the one force named before carried out the act "the police" did;
with two forces named, or none, "the police" is no one's."""

from tests.unit.test_news_extraction import facts, run


def _conducted(text: str) -> set[str]:
    return {source for rel, source, _target, _count in facts(run(text)) if rel == "CONDUCTED"}


def test_the_police_after_one_named_force_is_that_force() -> None:
    text = ("The Namibian Police said on Friday it was pleased with the public's help. "
            "After a tip-off in Lotus City on Monday, the police arrested 14 foreign nationals.")
    assert _conducted(text) == {"Namibian Police"}


def test_the_police_after_two_named_forces_is_no_one() -> None:
    text = ("The Royal Thai Police and the Cambodian National Police met on Friday. "
            "On Monday, the police detained 14 foreign nationals in Lotus City.")
    assert _conducted(text) == set()


def test_the_police_with_no_force_named_is_no_one() -> None:
    assert _conducted("On Monday, the police detained 14 foreign nationals in Lotus City.") == set()

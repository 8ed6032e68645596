"""A scale word after a word of guessing ("several thousand", "a few hundred") is no count; a
scale word after a number ("one thousand", "some 2,000") still is."""

from tests.unit.test_news_extraction import facts, run


def rescued(text: str) -> set[object]:
    return {f[3] for f in facts(run(text)) if f[0] == "RESCUED"}


def test_several_thousand_is_no_count() -> None:
    assert not rescued("Several thousand Filipinos were freed in late February.")
    assert not rescued("A few hundred Filipinos were freed in late February.")


def test_a_number_before_the_scale_word_is_still_counted() -> None:
    assert rescued("One thousand Filipinos were freed in late February.") == {1000}

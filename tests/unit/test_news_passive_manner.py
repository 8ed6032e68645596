"""A passive told with an adverb of manner between its auxiliary and its participle, after a
relative clause on the people counted: the adverb does not hide the participle, so a second act
joined to it by "and" counts the same people too."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(f[0], f[2], f[3]) for f in facts(run(text))}


def test_adverb_after_a_relative_clause() -> None:
    text = ("Some 57 Peruvian nationals who had taken bogus warehouse work in Dolmar were successfully "
            "freed and repatriated, the ministry in Lima said on Monday.\n")
    assert {("RESCUED", "PE", 57), ("REPATRIATED", "PE", 57)} <= _counted(text)


def test_safely_after_a_relative_clause() -> None:
    text = ("Some 57 Peruvian nationals who had taken bogus warehouse work in Dolmar have been safely freed "
            "and repatriated, the ministry in Lima said on Monday.\n")
    assert {("RESCUED", "PE", 57), ("REPATRIATED", "PE", 57)} <= _counted(text)

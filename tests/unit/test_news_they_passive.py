"""An earlier act told of the story's people by a sentence opening on "They" as its passive subject
(audit 34, page k01: a group handed back across a border, and their earlier arrest told two sentences
later by the pronoun alone, so not in the sentence just before). Where the story has counted
the people of one nationality only, the act takes their nationality and number, as "them" and
"the suspects" already do. Sentences are made up."""

from tests.unit.test_news_extraction import facts, run


def _acts(text: str, rel: str) -> set[tuple[str, object]]:
    return {(target, count) for kind, _, target, count in facts(run(text)) if kind == rel}


def test_they_opening_a_passive_detention_takes_the_people_counted_before() -> None:
    text = ("Laotian police handed 37 Peruvian nationals to officials at the Huay Kon checkpoint on Monday. "
            "None carried a passport. "
            "They had been detained since March 2023 at a camp near the river.")
    assert ("PE", 37) in _acts(text, "DETAINED")


def test_they_with_no_passive_act_gives_no_count() -> None:
    text = ("Laotian police handed 37 Peruvian nationals to officials at the Huay Kon checkpoint on Monday. "
            "None carried a passport. "
            "They had paid a broker at a camp near the river.")
    assert not any(count for _, count in _acts(text, "DETAINED"))


def test_they_where_two_peoples_were_counted_is_left_alone() -> None:
    text = ("Laotian police handed 37 Peruvians and 12 Bolivians to officials at the Huay Kon checkpoint on Monday. "
            "None carried a passport. "
            "They had been detained since March 2023 at a camp near the river.")
    detained = _acts(text, "DETAINED")
    assert ("PE", 37) not in detained and ("BO", 12) not in detained

"""A breakdown told as "Those <participle> <prepositional phrase> included <list>": the phrase of
place or occasion between the participle and "included" does not hide the participle's act, so
every demonym with its number in the list is counted on that act. A phrase that holds a clause
or a verb of its own is no such phrase, and nothing is read through it."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str, rel: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == rel}


def test_freed_past_a_phrase_of_place() -> None:
    text = ("Rangers freed dozens of foreigners from betting dens in Varnia on Friday.\n"
            "Those freed from the betting dens in Varnia included 31 Laotians, 12 Nepalis and 4 Peruvians.\n")
    assert {("LA", 31), ("NP", 12), ("PE", 4)} <= _counted(text, "RESCUED")


def test_arrested_past_two_phrases() -> None:
    text = ("Police raided two towers in Dolmar province on Monday.\n"
            "Those arrested in the raids on the towers near the river included 52 Bolivians and 17 Chileans.\n")
    assert {("BO", 52), ("CL", 17)} <= _counted(text, "ARRESTED")


def test_a_clause_inside_reads_nothing_through_it() -> None:
    text = ("Rangers freed dozens of foreigners from betting dens in Varnia on Friday.\n"
            "Those freed from the dens, which officials said were shut, included 31 Laotians and 12 Nepalis.\n")
    assert ("LA", 31) not in _counted(text, "RESCUED")

"""Numbers in brackets after countries or demonyms in a run ("Peru (400), Ghana (200 people)"):
the country stands for the nationality, and the brackets may hold a people noun."""

from tests.unit.test_news_extraction import facts, run


def _rescued(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "RESCUED"}


def test_a_people_noun_inside_the_brackets() -> None:
    text = "Soldiers rescued 700 people on Monday: Peruvians (400 people), Ghanaians (200 persons) and Chileans (100).\n"
    assert {("PE", 400), ("GH", 200), ("CL", 100)} <= _rescued(text)


def test_countries_with_a_people_noun_inside_the_brackets() -> None:
    text = "Soldiers rescued 700 people on Monday, including Peru (400 people), Ghana (200) and Chile (100 persons).\n"
    assert {("PE", 400), ("GH", 200), ("CL", 100)} <= _rescued(text)

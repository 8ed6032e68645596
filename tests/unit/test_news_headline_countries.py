"""A headline places a story's act by its country; the body tells the town or the province. An
event that only a headline line (one with no sentence's closing mark, above the first sentence of
the body) placed at a country, in a story naming a place inside that country, has no place at the
whole country: the story gives a finer one. Where the story names nothing inside that country, or
the body itself tells the act there, the country stays."""

from tests.unit.test_news_extraction import facts, run


def _places(text: str) -> set[str]:
    return {f[2] for f in facts(run(text)) if f[0] == "OCCURRED_AT"}


def test_a_headline_country_gives_way_to_a_province_the_story_names() -> None:
    text = ("Forty Vietnamese workers set free in Cambodia\n\n"
            "The workers had been lured to Kampot province with offers of office jobs. "
            "Police freed them on Monday, an officer said.")
    assert "Cambodia" not in _places(text)


def test_a_headline_country_stays_where_the_story_names_nothing_inside_it() -> None:
    text = ("Forty Vietnamese workers set free in Cambodia\n\n"
            "The workers had been lured with offers of office jobs. Police freed them on Monday, an officer said.")
    assert "Cambodia" in _places(text)


def test_a_country_the_body_tells_stays() -> None:
    text = ("Forty Vietnamese workers set free\n\n"
            "Forty Vietnamese workers were freed in Cambodia on Monday, an officer said. "
            "They had been lured to Kampot province with offers of office jobs.")
    assert "Cambodia" in _places(text)

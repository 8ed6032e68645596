"""An undated arrest of as many people as a raid of the same story took is that raid's arrest told
again: one operation, one raid event. An arrest of another number stays its own. Made-up texts."""

from tests.unit.test_news_extraction import events, run


def kinds(text: str) -> list[str]:
    return [key.split("@")[0] for key in events(run(text, published=None))]


def story(arrested: str) -> str:
    return ("Police raided a villa in Kandy and detained 60 Peruvians.\n\n"
            f"Police in Kandy arrested {arrested} on Tuesday who ran a fraud ring from the villa.")


def test_an_arrest_of_the_raids_number_is_the_raid() -> None:
    found = kinds(story("60 Peruvians"))
    assert "raid" in found
    assert "arrest" not in found


def test_an_arrest_of_another_number_stays_apart() -> None:
    assert {"raid", "arrest"} <= set(kinds(story("three Chileans")))

"""An undated arrest of as many people as a raid of the same story took is that raid's arrest told
again: one operation, one raid event. An arrest of another number stays its own. Made-up texts."""

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from tests.unit.test_news_extraction import PUBLISHED, events, facts, run


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


def test_an_undated_arrest_and_detention_are_one_taking() -> None:
    text = ("Dozens of workers were arrested at the border after crossing the river.\n\n"
            "Soldiers detained the group, including Kenyans and Ugandans, in a village nearby.\n")
    found = facts(run(text))
    assert {f[2] for f in found if f[0] == "ARRESTED"} == {"KE", "UG"}
    assert not any(f[1].startswith("detention") for f in found)


def test_an_arrest_and_a_detention_of_other_numbers_stay_two() -> None:
    text = ("Police arrested 12 Kenyans at the border.\n\n"
            "Soldiers detained 30 Ugandans in a village nearby.\n")
    found = facts(run(text))
    assert ("ARRESTED", "arrest@", "KE", 12) in found
    assert ("DETAINED", "detention@", "UG", 30) in found


def test_a_headlines_arrest_is_the_detention_the_story_dates() -> None:
    text = ("Police arrest recruiter of scam workers\n\n"
            "On Monday, the anti-trafficking bureau detained Tomas Arriaga, 36, who allegedly sent 12 "
            "workers to a compound in Ruritania.\n")
    found = events(extract(Article(text=text, title="Police arrest recruiter of scam workers", published=PUBLISHED)))
    assert list(found) == ["arrest@2026-10-12"]

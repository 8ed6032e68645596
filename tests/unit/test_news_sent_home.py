"""People "sent home", "sent back" or "sent to <country>": a sending home of the kind the sentence
names, else of the kind the story named last; with no kind named, no act."""

from scamgraph.loaders.news.sent_home import sending_kind
from tests.unit.test_news_extraction import facts, run


def test_the_kind_named_in_the_sentence() -> None:
    text = ("In May, a total of eight Chileans were freed from a camp in Laos by soldiers.\n"
            "Five were later sent to Chile as part of a repatriation arranged by the embassy.\n")
    found = facts(run(text))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("CL", 5) for f in found)


def test_the_kind_the_story_named_before() -> None:
    text = ("Peru plans to deport 60 Chilean nationals held in a police camp in Lima.\n"
            "Those deported will be barred from coming back.\n"
            "Last year, 140 Chilean nationals accused of phone fraud were sent home from Lima.\n")
    found = facts(run(text))
    assert any(f[0] == "DEPORTED" and f[2:] == ("CL", 140) for f in found)


def test_no_kind_named_gives_no_act() -> None:
    text = "Last year, 140 Chilean nationals accused of phone fraud were sent home from Lima.\n"
    assert not any(f[2:] == ("CL", 140) for f in facts(run(text)))


def test_sending_kind_reads_the_sentence_first() -> None:
    words = ["they", "were", "deported", ".", "five", "were", "sent", "home", "in", "a", "repatriation"]
    assert sending_kind(words, 4, len(words)) == "repatriation"
    assert sending_kind(words, 4, 8) == "deportation"
    assert sending_kind(["five", "were", "sent", "home"], 0, 4) == ""


def test_sent_to_another_country_than_their_own_is_no_sending_home() -> None:
    text = ("Peru deported 60 Chilean nationals last month.\n"
            "In 2024, 14 Chilean nationals seeking work abroad were sent to Laos by a gang.\n")
    assert not any(f[2:] == ("CL", 14) for f in facts(run(text)))

"""A town's name standing alone that is a word of a person's name told before is that person again,
no place of the story (audit 31: a Japanese deportee's family name read as a Japanese city on one
audit page, a family name and a given name on two development texts). After a preposition of place
or before a word of a place's kind it stays the town. Names, places and numbers are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_family_name_told_alone_after_the_full_name_is_no_place() -> None:
    text = ("Immigration officers deported Daichi Arakawa, 41, to Japan on Monday. "
            "Arakawa had overstayed his visa by two years, the bureau said.")
    batch = run(text)
    assert "Daichi Arakawa" in names(batch, Label.PERSON)
    assert "Arakawa" not in names(batch, Label.LOCATION)


def test_a_given_name_told_alone_after_a_name_written_family_name_first_is_no_place() -> None:
    text = ("Regulators sanctioned a payments firm and its manager Wen Dali on Tuesday. "
            "Investigators said Dali, a Chinese national, moved the scam proceeds.")
    batch = run(text)
    assert "Wen Dali" in names(batch, Label.PERSON)
    assert "Dali" not in names(batch, Label.LOCATION)


def test_the_same_word_after_a_preposition_of_place_is_still_the_town() -> None:
    text = ("Immigration officers deported Daichi Arakawa, 41, to Japan on Monday. "
            "He was flown to Arakawa on a chartered plane.")
    assert "Arakawa" in names(run(text), Label.LOCATION)


def test_a_town_named_by_no_person_is_still_a_place() -> None:
    text = ("Police arrested 12 Chinese nationals in a rented house on Monday. "
            "Akashi has seen three such raids this year, the police said.")
    assert "Akashi" in names(run(text), Label.LOCATION)

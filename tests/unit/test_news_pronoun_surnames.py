""""She" and "He" are Chinese family names as well as pronouns: a sentence that opens with one of
them and a one-word town ("She Zhijiang was extradited", "She Zhijiang, 42, ...") names a person,
not the town (a pronoun is never followed by a place's name and then a verb or a comma). Made-up
sentences; the form comes from reporting on a compound's founder."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_name_opening_with_she_at_a_sentences_start_is_a_person_not_a_town() -> None:
    batch = run("She Zhijiang was extradited to China in November, the ministry said.")
    assert names(batch, Label.PERSON) == {"She Zhijiang"}
    assert "Zhijiang" not in names(batch, Label.LOCATION)
    batch = run("He Kunming, 42, was arrested in Bangkok on Monday.")
    assert names(batch, Label.PERSON) == {"He Kunming"}
    assert names(batch, Label.LOCATION) == {"Bangkok"}


def test_the_pronoun_before_other_words_stays_a_pronoun() -> None:
    batch = run("She went to Bangkok in May, where she was held for a month.")
    assert names(batch, Label.PERSON) == set()
    assert names(batch, Label.LOCATION) == {"Bangkok"}

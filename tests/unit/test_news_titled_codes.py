"""A country's two-letter code is written in capitals ("UK", "US"); the gazetteer matches without
case, so a name or an ordinary word spelled the same with one capital ("Uk", a Khmer given name;
"Us" opening a sentence) named the country (audit 11: l02, l03). The code in capitals still does."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_given_name_spelled_like_a_code_is_no_country() -> None:
    batch = run("Uk Sokhom, a provincial police chief, said 22 workers had left Kampot by bus.")
    assert "United Kingdom" not in names(batch, Label.LOCATION)
    assert "Uk Sokhom" in names(batch, Label.PERSON)


def test_a_pronoun_opening_a_sentence_is_no_nationality() -> None:
    batch = run("Us workers were beaten every night, one of the 14 rescued Thais told police in Bangkok.")
    assert "United States" not in names(batch, Label.NATIONALITY)


def test_the_code_in_capitals_still_names_the_country() -> None:
    batch = run("The UK and Cambodia agreed on Friday to share records on scam compounds.")
    assert "United Kingdom" in names(batch, Label.LOCATION)

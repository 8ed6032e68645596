"""A country's "public security" bodies written in lower case ("Chinese public security organs",
"China's public security agencies") are an agency of that country, as "Thai police" is; a head of
several lower-case words after a country's possessive is read whole ("Thailand's immigration
police", not "Thai immigration")."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_public_security_bodies_after_a_demonym_or_a_possessive_are_agencies() -> None:
    batch = run("Vietnamese public security authorities escorted the 45 suspects from the border gate.")
    assert "Vietnamese public security authorities" in names(batch, Label.AGENCY)
    batch = run("Last month, Laos's public security agencies returned 60 suspects to their home provinces.")
    assert "Lao public security agencies" in names(batch, Label.AGENCY)


def test_a_head_of_several_words_after_a_possessive_is_read_whole() -> None:
    batch = run("Cambodia's immigration police deported nine Korean men on Tuesday.")
    assert "Cambodian Immigration Police" in names(batch, Label.AGENCY)
    batch = run("Vietnam's foreign ministry said 30 citizens had been freed.")
    assert "Vietnamese Foreign Ministry" in names(batch, Label.AGENCY)

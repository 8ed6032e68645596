"""Entities read wrong on development and audit pages in session 8, each a closed class of English
or a kind seen on several pages: a preposition that opens a sentence is no part of the name after it."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_preposition_opening_a_sentence_is_no_part_of_an_agency() -> None:
    batch = run("Through the Ministry of Foreign Affairs, the government said 20 workers were safe. "
                "Via the Department of Immigration, officials arranged two flights.")
    agencies = names(batch, Label.AGENCY)
    assert "Ministry of Foreign Affairs" in agencies
    assert not [a for a in agencies if a.split()[0] in {"Through", "Via"}]

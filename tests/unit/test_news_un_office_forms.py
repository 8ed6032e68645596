"""United Nations offices written in another word order ("United Nations Office of the High
Commissioner for Human Rights", "UN Office of Drugs and Crime") are the known bodies of the
agencies table, named as the table names them. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_un_office_of_the_high_commissioner_is_ohchr() -> None:
    text = "Last May the United Nations Office of the High Commissioner for Human Rights counted 900 victims."
    assert _agencies(text) == {"Office of the United Nations High Commissioner for Human Rights"}


def test_un_office_of_drugs_and_crime_is_unodc() -> None:
    text = "The UN Office of Drugs and Crime said 900 people were held in Poipet."
    assert _agencies(text) == {"United Nations Office on Drugs and Crime"}

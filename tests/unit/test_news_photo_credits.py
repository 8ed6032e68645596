"""A caption's credit in brackets ("(Photos courtesy of PNA via Marco Dela Cruz and PTV News)") names
who supplied the picture, not an outlet or a person of the story; a bracket that is no credit
("the Philippine News Agency (PNA) reported") keeps its names."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run

_CAPTION = ("Personnel post a search certificate in a suspected POGO hub in Bagac, Bataan on Thursday. "
            "(Photos courtesy of PNA via Marco Dela Cruz and PTV News via Ana Reyes)")


def _names(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label in {Label.ORGANIZATION, Label.PERSON}}


def test_a_photo_credit_names_no_outlet_or_person() -> None:
    names = _names(_CAPTION)
    assert not any("PTV" in name or "Marco" in name or "Reyes" in name for name in names)


def test_a_credit_word_outside_a_photo_credit_keeps_the_names() -> None:
    names = _names("Raiders were led by Winston Casio, according to a report by PTV News Network.")
    assert "Winston Casio" in names

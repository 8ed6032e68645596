"""A name with an apostrophe inside a word ("Korir Sing'oei") after a body's portfolio and a title
is still a person's name: str.istitle refuses the letter after the mark, the names rules do not."""

from scamgraph.loaders.nlp.doc_view import name_cased
from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_name_cased_words() -> None:
    assert name_cased("Sing'oei") and name_cased("Okafor") and name_cased("O'Brien")
    assert not name_cased("sing'oei") and not name_cased("KENYA'S") and not name_cased("'s")


def test_a_titled_name_with_an_apostrophe_after_a_portfolio() -> None:
    text = "Kenya's Foreign Affairs Principal Secretary Korir Sing'oei said the 30 Kenyans were safe.\n"
    assert "Korir Sing'oei" in names(run(text), Label.PERSON)

"""A title word with a possessive inside a body's name ("the Prosecutor's Office", "the
Ombudsman's Office") is part of the name, not a title before a name: the body is named whole."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_office_named_after_a_title_is_one_body() -> None:
    batch = run("The Prosecutor’s Office said on Monday that nine people were arrested in Arica.\n")
    assert "Prosecutor’s Office" in names(batch, Label.AGENCY)
    assert not any(name.startswith("’s") or name.startswith("s ") for name in names(batch, Label.AGENCY))


def test_a_title_before_a_name_is_still_a_title() -> None:
    batch = run("Prosecutor Ana Quispe said on Monday that nine people were arrested in Arica.\n")
    assert "Ana Quispe" in names(batch, Label.PERSON)

"""A cardinal in figures before a body's name counts the body's people ("some 25 Customs officers
searched ..."): no body is named with one, so the number is no part of its name (a story first
read for audit 35). A number after the name, or an ordinal before it, still names a unit."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def _agencies(text: str) -> set[str]:
    return names(run(text), Label.AGENCY)


def test_a_count_of_officers_is_cut_off_the_body_name() -> None:
    found = _agencies("Some 27 Immigration Bureau staff searched a rented house in Sandakan on Friday.")
    assert "Immigration Bureau" in found
    assert not any(name[0].isdigit() for name in found)


def test_a_number_after_the_unit_word_stays_in_the_name() -> None:
    found = _agencies("Officers of the Border Patrol Police Unit 512 raided a rented house in Mae Sot on Friday.")
    assert "Border Patrol Police Unit 512" in found


def test_an_ordinal_before_a_unit_stays_in_the_name() -> None:
    found = _agencies("Troops of the 48th Light Infantry Division raided a compound near Myawaddy on Friday.")
    assert any(name.startswith("48th") for name in found)

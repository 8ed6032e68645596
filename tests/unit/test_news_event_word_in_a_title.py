"""An event word inside a role's title ("head of investigations at the department", "the
country's head of police investigation, X, said") names an office, not an act (grammar: the title's
head is the office before "of"; audit l02, and the same titles on 61, 95, d22, g12)."""

from tests.unit.test_news_extraction import events, run


def test_a_head_of_investigation_tells_no_investigation() -> None:
    found = events(run("Laos's head of police investigation, Somsak Vong, told reporters the men were safe."))
    assert not any(key.startswith("investigation") for key in found)


def test_a_chief_of_operations_tells_no_raid() -> None:
    found = events(run("Vannak Kim, chief of operations at the immigration department, spoke to reporters."))
    assert not any(key.startswith("raid") for key in found)


def test_an_investigation_opened_is_still_one() -> None:
    found = events(run("Police opened an investigation into the fraud ring on Monday."))
    assert any(key.startswith("investigation") for key in found)

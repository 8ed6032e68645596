"""A credit line under a story, its label qualified by one word and perhaps in brackets ("(Web
editor: A, B)"), names the people who made the page, not people of the story (audit 33, page j06:
two web editors read as persons). The same names told in a sentence of the story stay people.
Names are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run

_STORY = "Police in Strelsau arrested 14 suspects in a raid on Monday, the ministry said."


def _people(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.PERSON}


def test_a_bracketed_web_editor_line_names_no_one() -> None:
    people = _people(_STORY + "\n\n(Web editor: Zhou Mingde, Qian Lifen)")
    assert not any("Zhou" in p or "Qian" in p for p in people)


def test_a_qualified_editor_label_without_brackets_names_no_one() -> None:
    people = _people(_STORY + "\n\nChief editor: Zhou Mingde")
    assert not any("Zhou" in p for p in people)


def test_a_name_in_the_story_stays_a_person() -> None:
    people = _people("Police spokesman Zhou Mingde said officers arrested 14 suspects in Strelsau on Monday.")
    assert any("Zhou" in p for p in people)


def test_a_label_that_can_qualify_another_is_still_a_label_of_its_own() -> None:
    people = _people(_STORY + "\n\nPhoto: Zhou Mingde, Strelsau Daily")
    assert not any("Zhou" in p for p in people)

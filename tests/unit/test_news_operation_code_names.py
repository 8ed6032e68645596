"""A police operation's code name ("The operation, named Ironclad II, ran ...") is no person.
Tests in made-up words."""

from tests.unit.test_news_extraction import run


def people(text: str) -> list[str]:
    return [n.name for n in run(text).nodes.values() if n.label.value == "Person"]


def test_an_operations_code_name_is_no_person() -> None:
    assert people("The operation, named Ironclad II, ran from January 5 to April 2 across 15 countries.") == []


def test_a_man_named_is_still_a_person() -> None:
    assert people("A man named Chen Hao was arrested in Bavet on Monday.") == ["Chen Hao"]



def test_a_title_ending_in_operations_still_names_its_holder() -> None:
    assert people("Head of Fraud Operations Dale Ketter told reporters the gang used stolen accounts.") == ["Dale Ketter"]

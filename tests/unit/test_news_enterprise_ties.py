""""Operation" after a tie of people to it ("the gang behind the operation", "members of the
operation", "people linked to the fraud operation", "involvement in the operation") names the
criminals' business, not a raid (audit pages b04, c17, e28, h06)."""

from scamgraph.loaders.news.enterprise_ties import tied_to_enterprise
from tests.unit.test_news_extraction import events, run


def test_a_gang_behind_the_operation_is_no_raid() -> None:
    batch = run("Detectives in Osaka think a loan-sharking gang is behind the operation.")
    assert not any(key.startswith("raid") for key in events(batch))


def test_people_linked_to_the_operation_make_no_raid() -> None:
    batch = run("Investigators in Da Nang traced nine men connected to the operation.")
    assert not any(key.startswith("raid") for key in events(batch))


def test_members_of_the_operation_charged_make_a_charge_and_no_raid() -> None:
    batch = run("Prosecutors charged the 12 members of the operation in Busan on Friday.")
    assert any(key.startswith("charge") for key in events(batch))
    assert not any(key.startswith("raid") for key in events(batch))


def test_a_police_operation_is_still_a_raid() -> None:
    batch = run("Police in Manila arrested 40 Chinese nationals in an operation on Tuesday.")
    assert any(key.startswith("raid") for key in events(batch))


def test_the_ties_read_by_the_rule() -> None:
    def tied(text: str) -> bool:
        words = text.lower().split()
        return tied_to_enterprise(words, len(words) - 1, 0)
    assert tied("all were members of the operation")
    assert tied("three with minor involvement in the operation")
    assert tied("two women escaped from the scam operation")
    assert not tied("agents took part in the operation")
    assert not tied("he said behind operation")
    assert not tied("the police praised the operation")

""""Operation" followed by a predicate of a business (it earned money, it was organised into roles,
it was part of a wider racket) names the criminals' enterprise, not a raid (audit pages x05 and
r08, article 128)."""

from scamgraph.loaders.news.enterprise_predicates import told_as_business
from tests.unit.test_news_extraction import events, run


def test_an_operation_that_earned_money_is_no_raid() -> None:
    batch = run("Investigators in Cebu said the operation earned 90 million pesos in two years.")
    assert not any(key.startswith("raid") for key in events(batch))


def test_an_operation_organised_into_teams_is_no_raid() -> None:
    batch = run("According to detectives in Penang, the operation was organised into three teams.")
    assert not any(key.startswith("raid") for key in events(batch))


def test_an_operation_part_of_a_racket_is_no_raid() -> None:
    batch = run("The operation was part of a wider smuggling network run from Dubai.")
    assert not any(key.startswith("raid") for key in events(batch))


def test_a_police_operation_that_arrested_people_is_still_a_raid() -> None:
    batch = run("Officers in Davao detained 25 Korean nationals in an operation on Monday.")
    assert any(key.startswith("raid") for key in events(batch))


def test_the_predicates_read_by_the_rule() -> None:
    def business(text: str) -> bool:
        words = text.lower().split()
        return told_as_business(words, words.index("operation"), len(words))
    assert business("the operation had allegedly made $ 3 million")
    assert business("the operation was structured into four departments")
    assert business("the operation is part of a larger fraud ring")
    assert not business("the operation generated 200 new investigations")
    assert not business("the operation was part of a national campaign")
    assert not business("the operation was led by the immigration police")
    assert not business("operation centre staff made tea")

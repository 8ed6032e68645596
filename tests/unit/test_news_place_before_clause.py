"""A place the counted people are in or from, between their noun and a relative clause on them:
"Nine Thais in Laos who answered a fake advert were freed" (the verb after the clause is theirs)."""

from tests.unit.test_news_extraction import facts, run


def test_a_place_between_the_people_and_their_clause_keeps_the_main_verb() -> None:
    found = facts(run("Nine Thais in Laos who answered a fake job advert were freed by soldiers on Tuesday."))
    assert any(f[0] == "RESCUED" and f[2:] == ("TH", 9) for f in found)


def test_a_place_they_came_from_before_the_clause() -> None:
    found = facts(run("Police said 16 Vietnamese from Hanoi who ran the call centre were arrested on Tuesday."))
    assert any(f[0] == "ARRESTED" and f[2:] == ("VN", 16) for f in found)


def test_without_a_clause_the_place_changes_nothing() -> None:
    found = facts(run("Nine Thais in Laos were freed by soldiers on Tuesday."))
    assert any(f[0] == "RESCUED" and f[2:] == ("TH", 9) for f in found)

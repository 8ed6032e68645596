"""The people sent home named as a body ("the group", "the second batch", "41 individuals") arrive;
officials do not visit: a ministry telling of their arrival makes no visit. Made-up texts."""

from tests.unit.test_news_extraction import events, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_group_of_returnees_arriving_is_no_visit() -> None:
    assert "visit" not in kinds("The Labour Ministry told reporters the group reached Sadao and arrived there on "
                                "Monday, then went to the police.")
    assert "visit" not in kinds("The Labour Ministry told reporters that a second batch arrived in Penang on Monday.")


def test_an_official_team_arriving_is_still_a_visit() -> None:
    assert "visit" in kinds("A team from the Foreign Ministry arrived in Poipet on Monday to meet the victims.")

"""A person right before an act verb and its object ("a team led by X transferred 50 men") did the
act to others: no act is done to the person ("X was transferred" still is)."""

from tests.unit.test_news_extraction import facts, run


def test_a_leader_who_transferred_people_was_not_transferred() -> None:
    batch = run("A Chinese border team led by Sheriff Zhang Haoming transferred 40 men and 12 women at the Kyugok "
                "gate on 30 August.")
    assert not [f for f in facts(batch) if f[2].endswith("Zhang Haoming") and f[0] in {"DEPORTED", "REPATRIATED"}]


def test_a_person_transferred_was_transferred() -> None:
    batch = run("Police said Zhang Haoming was deported to China on 30 August.")
    assert [f for f in facts(batch) if f[2] == "Zhang Haoming" and f[0] == "DEPORTED"]

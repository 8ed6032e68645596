"""A body that owns or carries out a crackdown the sentence names ("the government's ongoing
crackdown", "a crackdown by the junta") did the crackdown, not the repatriation it led to."""

from tests.unit.test_news_extraction import facts, run


def test_the_crackdowns_body_did_not_send_the_people_home() -> None:
    batch = run("Nepal on Thursday flew home 140 citizens from Mae Sot on two army planes. A new military crackdown "
                "by Myanmar's junta has led to the arrest of dozens, prompting repatriation.")
    assert not [f for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("repatriation")]


def test_a_body_that_sends_people_home_still_conducts_it() -> None:
    batch = run("The Myanmar military repatriated 140 Nepalis through Myawaddy on Thursday.")
    assert [f for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("repatriation")]


def test_an_operation_by_a_body_to_bring_people_back_is_its_sending_home() -> None:
    # ranked and told with its purpose: the operation is the flight home, and the body did it
    batch = run("A total of 64 Lotlanders who had been held in Cambodia returned home on Saturday on a chartered flight. "
                "It marked the largest operation by Lotlandic authorities to bring back citizens from abroad, and the "
                "third such return this year.")
    assert ("CONDUCTED", "Lotlandic authorities", "repatriation@2026-10-10", None) in facts(batch)

"""Two words of the event vocabulary that, by their grammar, tell no event (audit 9: j11, j14;
b35 for the price):
- "charged" with an object and an infinitive gives a task ("charged the ambassador to
  lead the talks") or names a price ("brokers charged 4,500 baht per head to
  arrange river crossings"); a charge laid names its ground first ("charged with fraud");
- "operation" as the object of a verb of running or paying for a business ("facilitated the entire
  operation", "organizers running the operation"), or a person's own ("Mehra's operation"), is the
  criminals' enterprise, not a raid."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_task_given_is_no_charge() -> None:
    batch = run("The president called a meeting and charged the Kenyan ambassador to Thailand, "
                "Mr Tomas Okello, to lead the talks.")
    assert not [k for k in events(batch) if k.startswith("charge@")]
    assert not [f for f in facts(batch) if f[0] == "CHARGED"]


def test_a_price_charged_is_no_charge() -> None:
    batch = run("Police found that the brokers charged 4,500 baht per head to arrange "
                "river crossings.")
    assert not [k for k in events(batch) if k.startswith("charge@")]


def test_a_charge_laid_before_an_infinitive_still_counts() -> None:
    for text in ("Police charged Li Wei with fraud on Monday to send a message to other gangs.",
                 "Prosecutors charged five Chinese nationals in court on Monday."):
        assert [k for k in events(run(text)) if k.startswith("charge@")], text


def test_the_criminals_operation_is_no_raid() -> None:
    batch = run("Prosecutors said Rahman facilitated the whole operation and took cash from "
                "workers who attempted to flee.")
    assert not [k for k in events(batch) if k.startswith("raid@")]


def test_an_operation_carried_out_by_police_is_still_a_raid() -> None:
    batch = run("Police carried out the entire operation in Poipet on Monday and arrested 20 Chinese nationals.")
    assert [k for k in events(batch) if k.startswith("raid@")]


def test_a_persons_operation_is_their_enterprise_not_a_raid() -> None:
    batch = run("Police in Pune on Tuesday arrested Rohan Mehra, who sent job seekers to Laos. Mehra's operation "
                "relied on agents in three states, officers said.")
    assert [key.split("@")[0] for key in events(batch)] == ["arrest"]

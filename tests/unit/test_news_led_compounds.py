"""A hyphened "Korea-led task force" names who leads a joint unit: no delegation of Korea. A task
force a state "led" to another country is still one. Tests in made-up words."""

from tests.unit.test_news_extraction import run


def delegations(text: str) -> list[str]:
    return [n.name for n in run(text).nodes.values() if n.label.value == "Delegation"]


def test_a_led_compound_is_no_delegation() -> None:
    assert delegations("Officers of the Korea-led task force, which pairs Korean with Lao police, raided a "
                       "compound in Bokeo on Friday.") == []


def test_a_task_force_a_state_led_abroad_is_a_delegation() -> None:
    assert delegations("Thailand led a task force to Cambodia on Monday.") == ["Thai delegation"]

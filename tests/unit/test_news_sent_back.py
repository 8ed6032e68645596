"""People "sent back", "brought back" or "flown back": home where the words after "back" name a
country, their own country or no place at all; to their captors or their work where they name
any other place ("sent back to the compound"). A sending told only as "sent" takes the kind of
the sending home the story told before it. Made-up names (probes of forms seen in real
reporting, session 26)."""

from tests.unit.test_news_extraction import run


def _events(text: str) -> list[tuple[str, str]]:
    batch = run(text)
    return sorted((str(n.properties["type"]), str(n.properties.get("date") or ""))
                  for n in batch.nodes.values() if n.label.value == "Event")


def test_sent_back_to_a_country_is_a_return_home() -> None:
    assert _events("The workers were sent back to Kenya on Friday.") == [("repatriation", "2026-10-09")]
    assert _events("The workers were sent back to their home country on Friday.") == [("repatriation", "2026-10-09")]


def test_back_to_a_compound_or_to_work_is_no_return_home() -> None:
    assert _events("The two women were brought back to the compound and beaten.") == []
    assert _events("The men were sent back to the scam centre by the guards.") == []
    assert _events("The workers were flown back on Friday.") == [("repatriation", "2026-10-09")]


def test_sent_home_after_a_deportation_is_that_deportation_s_kind() -> None:
    text = "Ten Kenyans were deported on Monday. The rest were sent back to Kenya on Friday."
    assert [kind for kind, _day in _events(text)] == ["deportation", "deportation"]
    assert [kind for kind, _day in _events("The rest were sent home on Friday.")] == ["repatriation"]

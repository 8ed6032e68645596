"""Titles told beside a name (audit 37s): "Her Excellency Jane Hart, alongside Judge Carlos Ramos, head of
the bureau" gives Hart no judge's title (it is Ramos's); "Nora Price, US Commerce secretary, said" is a
cabinet secretary, no one's aide."""

from tests.unit.test_news_extraction import run


def _roles(text: str) -> dict[str, object]:
    return {n.name: n.properties.get("role") for n in run(text).nodes.values() if n.label.value == "Person"}


def test_a_title_after_alongside_is_the_next_persons() -> None:
    roles = _roles("The forum was opened by Canada's Ambassador to Thailand, Her Excellency Jane Hart, alongside Judge "
                   "Carlos Ramos, head of the Philippine National Bureau of Investigation.")
    assert roles.get("Jane Hart") != "judge"
    assert roles.get("Carlos Ramos") == "judge"


def test_a_portfolio_secretary_is_a_cabinet_secretary() -> None:
    roles = _roles("Nora Price, US Commerce secretary, said: \"We will keep working with partners.\"")
    assert roles.get("Nora Price") == "secretary of state"

"""A wave of raids over a period keeps the acts its sentence-after names it again for: "These
operations led to the arrest of 195 nationals" counts the wave's arrests (development text 201),
while an arrest told later with nothing pointing back stays an act of its own."""

from tests.unit.test_news_extraction import facts, run

_WAVE = "Between January 1, 2024, and June 30, 2025, the agency carried out 63 raids across six cities. "


def _arrests(text: str) -> set[tuple[str, str, str, object]]:
    return {f for f in facts(run(text)) if f[0] == "ARRESTED"}


def test_these_operations_led_to_arrests_of_the_wave() -> None:
    found = _arrests(_WAVE + "These operations led to the arrest of 195 Pakistani nationals.")
    assert found == {("ARRESTED", "raid@2024-01-01/2025-06-30", "PK", 195)}


def test_an_arrest_told_without_pointing_back_is_its_own() -> None:
    found = _arrests(_WAVE + "Police also arrested 12 Pakistani nationals at a hotel.")
    assert not any(f[1].startswith("raid@2024") for f in found)

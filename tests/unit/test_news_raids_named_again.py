"""A wave of raids over a period keeps the acts of a later sentence that names those raids again:
"These operations ended in the arrest of 120" counts the wave's arrests (the form of development
text 201), while an arrest told later with nothing pointing back stays an act of its own."""

from tests.unit.test_news_extraction import facts, run

_WAVE = "Between May 2, 2023, and March 8, 2024, the unit conducted 40 raids in four provinces. "


def _arrests(text: str) -> set[tuple[str, str, str, object]]:
    return {f for f in facts(run(text)) if f[0] == "ARRESTED"}


def test_these_operations_led_to_arrests_of_the_wave() -> None:
    found = _arrests(_WAVE + "These operations ended in the arrest of 120 Pakistani nationals.")
    assert found == {("ARRESTED", "raid@2023-05-02/2024-03-08", "PK", 120)}


def test_an_arrest_told_without_pointing_back_is_its_own() -> None:
    found = _arrests(_WAVE + "Police also arrested 12 Pakistani nationals at a hotel.")
    assert not any(f[1].startswith("raid@2023") for f in found)

"""The day of a main clause told after a participle aside ("Eleven Maldivians, freed from a compound
in Sihanoukville, were received today by embassy officials") is the main verb's, not the day of the
act the aside tells. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def test_the_aside_act_does_not_take_the_main_clauses_day() -> None:
    found = events(run("Eleven Maldivians, freed from a compound in Sihanoukville, were received today by embassy "
                       "officials."))
    assert "rescue@2026-10-15" not in found
    assert any(e["type"] == "rescue" for e in found.values())

"""A part of people described by an act before their noun (audit 37m): "detention warrants were sought
for 38 of the 44 deported suspects" deported 44, not 38, and a "detention warrant" is a warrant, no
detention. A part with its own verb after the whole keeps it ("Two of the five arrested Chinese were
charged": two charged)."""

from tests.unit.test_news_extraction import events, run


def test_the_participle_before_the_wholes_noun_counts_the_whole() -> None:
    found = events(run("The National Police Agency said detention warrants had been sought for 38 of the 44 deported "
                       "suspects."))
    assert found["deportation@"]["count_deported"] == 44
    assert "detention@" not in found and "warrant@" in found


def test_a_part_with_its_own_verb_keeps_it() -> None:
    found = events(run("Two of the five arrested Chinese were charged on Monday."))
    assert found["charge@2026-10-12"]["count_charged"] == 2  # (a guard)

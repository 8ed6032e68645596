"""Audit 53, fixer precplaces: a place that belongs to another clause than the act's (where a gang
works) and "the compound" after a town named as a hub of its own
(made-up people and towns; real countries and places the gazetteer knows)."""

from tests.unit.test_news_extraction import facts, run


def _places(text: str) -> set[tuple[str, str]]:
    return {(source, target) for rel, source, target, _ in facts(run(text)) if rel == "OCCURRED_AT"}


def test_where_a_gang_operates_is_not_where_its_boss_was_caught() -> None:
    found = _places("Penang police arrested Ong Kiat Seng, the suspected leader of a network operating across "
                    "Myanmar's KK Park and Laos, on Friday.")
    assert not any(target == "KK Park" for _, target in found)
    raided = _places("Penang police raided a call centre in KK Park on Friday and arrested Ong Kiat Seng.")
    assert any(target.endswith("KK Park") for _, target in raided)  # (the act's own site stays)


def test_the_compound_after_another_town_stormed_is_not_the_story_site() -> None:
    found = _places("Dozens fled the KK Park compound last month. On Friday, troops raided the gambling town of "
                    "Shwe Kokko, arresting 212 people connected to the compound.")
    assert not any(source.startswith("raid") and target == "KK Park" for source, target in found)
    again = _places("Dozens fled the KK Park compound last month. On Friday, troops stormed the compound again, "
                    "detaining 212 people.")
    assert any(source.startswith("raid") and target == "KK Park" for source, target in again)

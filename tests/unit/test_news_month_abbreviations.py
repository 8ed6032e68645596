"""A month written short with no full stop ("Sep 19", "Oct 3") ends a name before "on", as the
full and the dotted forms already did (audit 15: p07, where "<surname> on Sep" had become a
person). A closed class: the twelve short month forms. Made-up texts."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_short_month_after_on_is_no_part_of_a_name() -> None:
    batch = run("Huang Minjie was wanted in China. Thai police arrested Huang on Sep 19 last year.")
    assert not [name for name in names(batch, Label.PERSON) if " on " in name]


def test_a_short_month_with_a_day_after_a_full_name() -> None:
    batch = run("Police in Manila arrested Chen Wei Long on Oct 3 at a condominium.")
    assert "Chen Wei Long" in names(batch, Label.PERSON)
    assert not [name for name in names(batch, Label.PERSON) if "Oct" in name]

"""People counted, then a relative clause on them set off by commas, then their own verb of coming
home ("arrived back", "have been brought back"): the coming home is theirs; the harm the clause
tells is their past."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(f[0], f[2], f[3]) for f in facts(run(text))}


def test_arrived_back_after_clause_of_harm() -> None:
    text = "Forty Peruvians, who were trafficked into a fraud den near Lotown, arrived back in Peru on Friday.\n"
    assert ("REPATRIATED", "PE", 40) in _counted(text)


def test_brought_back_after_clause_of_description() -> None:
    text = "The 35 Peruvians, who were workers at a gaming hall in Lotown, have been successfully brought back.\n"
    assert ("REPATRIATED", "PE", 35) in _counted(text)


def test_coming_home_still_to_come_is_no_act() -> None:
    text = "Forty Peruvians, who were trafficked into a fraud den near Lotown, will be brought back next week.\n"
    assert ("REPATRIATED", "PE", 40) not in _counted(text)

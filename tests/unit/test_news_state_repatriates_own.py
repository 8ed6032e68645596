"""People a state body named by its demonym repatriates, counted without a nationality of their
own, are that state's people ("Peruvian police repatriated 40 suspects from Laos"), as a country
named as the subject already makes them ("Peru repatriated 40 people"); people sent "to" a country
are that country's, and people repatriated "to their home countries" are no one's in particular.
Sentences are made up."""

from tests.unit.test_news_extraction import facts, run


def _repatriated(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "REPATRIATED"}


def test_a_state_body_named_by_its_demonym_repatriates_its_own_people() -> None:
    assert ("PE", 40) in _repatriated("Peruvian police repatriated 40 fraud suspects from Laos.")


def test_a_day_between_the_body_and_its_verb_changes_nothing() -> None:
    assert ("PE", 40) in _repatriated("Peruvian police on Friday repatriated 40 fraud suspects from Laos.")


def test_people_repatriated_to_a_country_are_that_countrys() -> None:
    assert ("CL", 40) in _repatriated("Laotian police repatriated 40 fraud suspects to Chile.")


def test_people_sent_to_their_home_countries_get_no_nationality() -> None:
    found = _repatriated("Laotian police repatriated 40 suspects to their home countries on Friday.")
    assert not any(code == "LA" for code, _ in found)


def test_a_body_named_without_a_country_gives_no_nationality() -> None:
    assert not _repatriated("Police repatriated 40 fraud suspects from Laos.")

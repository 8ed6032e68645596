"""Where a country's mission abroad lies: "in" and a town or country right after an embassy's or a
consulate's name; other bodies "in" a place are acting there, and say nothing of where they are."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def located(batch) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(batch) if f[0] == "LOCATED_IN"}


def test_an_embassy_in_a_city_lies_in_it() -> None:
    batch = run("The Nepali Embassy in Bangkok said the 12 workers were safe.")
    assert ("Nepali Embassy", "Bangkok") in located(batch)


def test_an_embassy_named_with_of_lies_in_the_country_after_in() -> None:
    batch = run("The Embassy of Kenya in Thailand helped the 40 workers fly home on Monday.")
    agency = next(iter(names(batch, Label.AGENCY)))
    assert (agency, "TH") in located(batch) or (agency, "Thailand") in located(batch)


def test_a_police_force_in_a_place_is_not_located_by_this_rule() -> None:
    batch = run("Thai police in Mae Sot detained 20 foreigners on Monday.")
    assert not [pair for pair in located(batch) if pair[0] == "Thai police"]


def test_an_embassy_with_no_place_after_it_lies_nowhere() -> None:
    batch = run("The Nepali Embassy in a statement said the 12 workers were safe.")
    assert not [pair for pair in located(batch) if pair[0] == "Nepali Embassy"]

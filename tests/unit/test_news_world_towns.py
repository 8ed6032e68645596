"""Towns of 100,000 people or more anywhere are places (real reporting raids call centres in
Podgorica and Noida); in the English-speaking countries, whose towns are so often named for
people, only cities of 300,000 or more; and nowhere a town whose name is a common family or given
name. A known place that opens a longer division's name ("Beni Suef Governorate") gives way to it."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_town_of_over_100000_abroad_is_a_place() -> None:
    places = names(run("Police raided two call centres in Podgorica and arrested 40 people, while a third "
                       "centre in Noida was shut."), Label.LOCATION)
    assert {"Podgorica", "Noida"} <= places


def test_a_namesake_town_is_no_place_in_a_persons_name() -> None:
    batch = run("The scheme was run by Norman Gilbert and Elizabeth Hassan, prosecutors said.")
    assert not {"Norman", "Gilbert", "Elizabeth", "Hassan"} & names(batch, Label.LOCATION)


def test_a_known_place_opening_a_governorates_name_gives_way_to_it() -> None:
    batch = run("The recruiter, who lives in Beni Suef Governorate, charged each of the men a fee.")
    assert "Beni Suef" in names(batch, Label.LOCATION)
    assert "Beni" not in names(batch, Label.LOCATION)


def test_a_small_countrys_capital_is_a_place_written_with_or_without_its_hyphen() -> None:
    places = names(run("Police raided a property in Port Vila and two flats in Apia."), Label.LOCATION)
    assert {"Port Vila", "Apia"} <= places


def test_a_large_citys_other_latin_spelling_is_a_place() -> None:
    places = names(run("Police detained 300 foreigners in Ulaanbaatar, and two call centres in Vinnytsia were shut."),
                   Label.LOCATION)
    assert {"Ulaanbaatar", "Vinnytsia"} <= places


def test_a_spelling_is_a_variant_only_where_it_begins_as_the_name_and_is_most_of_it() -> None:
    from scamgraph.gazetteer.build import _variants

    city = {"name": "Ulan Bator", "alternatenames": ["Ulaanbaatar", "Oulan-Bator", "Urga", "Ulan", "ulaanbaatar"]}
    assert _variants(city) == {"Ulaanbaatar"}

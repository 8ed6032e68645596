""""of" introduces an event's place only after a word naming a kind of place or a part of one ("in the
city of X", "the border town of X", "on the outskirts of X"). "One of X's largest operations" names the
country as the owner of the operations, not where the event happened."""

from tests.unit.test_news_extraction import facts, run


def _places(text: str) -> set[str]:
    return {fact[2] for fact in facts(run(text)) if fact[0] == "OCCURRED_AT"}


def test_one_of_a_countrys_operations_names_no_place() -> None:
    text = "The rescue of 44 workers on Monday ranked as one of Thailand's biggest police operations."
    assert _places(text) == set()


def test_a_countrys_biggest_operations_after_in_what_names_no_place() -> None:
    assert _places("Police rescued 44 workers on Monday in what officials called one of Laos's biggest "
                   "operations.") == set()


def test_the_city_of_a_town_is_its_place() -> None:
    assert _places("Police rescued 44 workers in the city of Poipet on Monday.") == {"Poipet"}


def test_the_border_town_of_a_town_is_its_place() -> None:
    assert _places("Police rescued 44 workers in the border town of Poipet on Monday.") == {"Poipet"}


def test_the_outskirts_of_a_city_is_its_place() -> None:
    assert _places("Police rescued 44 workers on the outskirts of Vientiane on Monday.") == {"Vientiane"}


def test_a_building_in_a_suburb_of_a_city_is_a_site_in_that_city() -> None:
    """"searched a building in a suburb of Kep": the suburb describes where in the town the
    building stands, as "the outskirts of" does (development text 194 has the form)."""
    found = facts(run("Officers searched a building in a suburb of Kep on Friday, holding nine people."))
    assert ("LOCATED_IN", "building in Kep", "Kep", None) in found
    assert any(f[0] == "OCCURRED_AT" and f[2] == "building in Kep" for f in found)

"""Where an act happened, as session 51 found it told across many outlets (a capital named after
"capital", a place owned by another with "'s", an embassy's seat), each shown on made-up words."""

from tests.unit.test_news_extraction import facts, run


def _places(text: str) -> set[str]:
    return {where for rel, _event, where, _n in facts(run(text)) if rel == "OCCURRED_AT"}


def test_the_city_after_the_capital_and_a_comma_is_the_raids_place() -> None:
    assert _places("Officers arrested 31 Chinese nationals in a raid in the capital, Vientiane, on Friday.") \
        == {"Vientiane"}


def test_the_city_after_a_countrys_capital_is_the_raids_place_not_the_country() -> None:
    assert _places("Police raided three flats in Laos's capital Vientiane on Friday and arrested 31 Chinese.") \
        == {"Vientiane"}


def test_the_city_after_a_demonyms_capital_is_the_raids_place() -> None:
    assert _places("Police raided three flats in the Thai capital Bangkok on Friday and arrested 31 Chinese.") \
        == {"Bangkok", "flats in Bangkok"}  # (the counted flats are the raid's site too: audit 53)


def test_the_town_a_country_owns_is_the_arrests_place() -> None:
    assert _places("Officers detained 26 Vietnamese nationals in Cambodia's Poipet on Friday.") == {"Poipet"}


def test_the_area_a_country_owns_is_where_people_were_rescued_from() -> None:
    assert _places("Troops freed 44 Ugandans from fraud compounds in Myanmar's Myawaddy area on Friday.") \
        == {"Myawaddy"}


def test_an_embassys_seat_is_not_where_its_rescue_happened() -> None:
    found = facts(run("Thirty Kenyans were rescued by the Embassy of Kenya in Bangkok on Friday."))
    assert any(rel == "LOCATED_IN" and where == "Bangkok" for rel, _body, where, _n in found)
    assert not any(rel == "OCCURRED_AT" for rel, _event, _where, _n in found)


def test_a_consulates_seat_is_not_where_its_rescue_happened_but_a_forces_is() -> None:
    assert _places("Thirty Kenyans were rescued by the Kenyan consulate in Bangkok on Friday.") == set()
    assert _places("Thirty Kenyans were rescued by police in Bangkok on Friday.") == {"Bangkok"}

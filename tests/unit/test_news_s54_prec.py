"""Precision of names: a government's measure defined with its initials ("the Harbour Closure
Order (HCO)") names no organization, and a war's ground capitalized in a title-case headline
("... Rescued from the Dravia-Ostland War Zone") is no scam site."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import names, run


def test_a_measure_defined_with_its_initials_is_no_organization() -> None:
    text = ("Marlow police raided a shuttered guesthouse on May 9 after the Harbour Closure Order (HCO) was lifted, "
            "arresting 40 Chinese nationals.\n")
    assert "Harbour Closure Order" not in names(run(text), Label.ORGANIZATION)


def test_a_body_defined_with_its_initials_stays_an_organization() -> None:
    text = "The Coastal Migrant Trust (CMT) said on May 9 that 40 workers had been freed from a compound.\n"
    assert "Coastal Migrant Trust" in names(run(text), Label.ORGANIZATION)


def test_a_war_zone_in_a_title_case_headline_is_no_site() -> None:
    text = ("Lakeshire Youths Rescued from Lotland Fraud Ring and Dravia-Ostland War Zone\n\n"
            "Police said on May 9 that four men from Lakeshire had been rescued from a scam compound in Lotland.\n")
    built = run(text)
    sites = {n.name for n in built.nodes.values() if n.label is Label.SITE}
    assert not any("War Zone" in s for s in sites)
    assert not any(e.type is RelType.OCCURRED_AT and "war-zone" in e.target for e in built.edges)


def test_a_named_economic_zone_stays_a_site() -> None:
    text = "Police raided the Golden Reed Economic Zone on May 9 and detained 30 workers.\n"
    assert "Golden Reed Economic Zone" in names(run(text), Label.SITE)


def test_two_hyphened_countries_before_a_war_are_its_sides_not_places() -> None:
    text = ("Police said on May 9 that 12 men from Lakeshire had been rescued from a compound in Myawaddy; "
            "others were sent to the Russia-Ukraine war instead.\n")
    places = names(run(text), Label.LOCATION)
    assert "Russia" not in places and "Ukraine" not in places
    assert "Myawaddy" in places


def test_a_country_told_as_a_place_stays() -> None:
    text = "Police said on May 9 that 12 men had been sent to Russia and made to work in a scam compound.\n"
    assert "Russia" in names(run(text), Label.LOCATION)


def _nationalities(text: str, person: str) -> set[str]:
    built = run(text)
    key = next(k for k, n in built.nodes.items() if n.label is Label.PERSON and n.name == person)
    return {built.nodes[e.target].name for e in built.edges if e.type is RelType.HAS_NATIONALITY and e.source == key}


def test_a_demonym_before_an_office_in_an_apposition_names_the_state() -> None:
    text = "Marisol Quintana, Philippine Ambassador to Laos, said on May 9 that 40 workers had been freed.\n"
    assert _nationalities(text, "Marisol Quintana") == set()


def test_a_demonym_before_a_deputy_and_a_body_names_the_state() -> None:
    text = "Cambodian deputy National Police chief Gen. Sok Vireak said on May 9 that 40 people were arrested.\n"
    assert _nationalities(text, "Sok Vireak") == set()
    text = "Lim Sothea, Cambodian deputy director of immigration at the crossing, watched 20 workers return on May 9.\n"
    assert _nationalities(text, "Lim Sothea") == set()


def test_a_demonym_after_a_is_the_persons_people() -> None:
    text = "Wang Lei, a Thai lawmaker, said on May 9 that 40 workers had been freed.\n"
    assert _nationalities(text, "Wang Lei") == {"Thailand"}


def test_an_origin_is_no_nationality() -> None:
    text = "Wang Lei, a Thai lawmaker of Chinese descent, said on May 9 that 40 workers had been freed.\n"
    assert _nationalities(text, "Wang Lei") == {"Thailand"}


def test_a_state_named_as_an_ally_acts_and_is_no_place() -> None:
    text = "Police in Laos said on May 9 that 40 workers were freed under pressure from key military ally China.\n"
    places = names(run(text), Label.LOCATION)
    assert "China" not in places and "Laos" in places


def test_states_of_a_deal_are_no_places() -> None:
    text = ("Police raided the Lucky Reed casino in Bokeo on May 9; a deal between Laos and China "
            "lets the casino operate.\n")
    assert "China" not in names(run(text), Label.LOCATION)


def test_a_country_where_workers_were_freed_stays_a_place() -> None:
    text = "Police said on May 9 that 40 workers were freed in China.\n"
    assert "China" in names(run(text), Label.LOCATION)


def _kinds(text: str) -> set[str]:
    return {n.properties.get("type") for n in run(text).nodes.values() if n.label is Label.EVENT}


def test_a_headline_attempt_is_no_escape() -> None:
    text = ("Workers held in Lotland camps attempt an escape\n\n"
            "About 90 workers held at an army camp in Lotland tried to leave on May 9, guards said.\n")
    assert "escape" not in _kinds(text)


def test_an_escape_told_stays() -> None:
    text = "About 90 workers escaped from a compound in Myawaddy on May 9, police said.\n"
    assert "escape" in _kinds(text)

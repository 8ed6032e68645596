"""Offices and facilities are sites only in the scam's or a raid's words; a described site's place
is written without a kind word left in lower case, and without the article before the place."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_office_hit_by_a_raid_is_a_site() -> None:
    batch = run("Agents detained 85 foreigners in a raid of what they called a data processing office in Davao City.")
    assert names(batch, Label.SITE) == {"office in Davao"}  # (named by its town, "Davao", as session 56 has it)


def test_a_scamming_facility_is_a_site_placed_without_the_article() -> None:
    batch = run("Recruits were kept at an online scamming facility in the Kampong Leng district for months.")
    assert names(batch, Label.SITE) == {"facility in Kampong Leng"}


def test_a_lower_case_kind_word_after_the_place_is_no_part_of_the_sites_name() -> None:
    batch = run("Officers arrested 40 people in a raid on an office in Pasay city on Friday.")
    assert names(batch, Label.SITE) == {"office in Pasay"}


def test_the_states_offices_and_facilities_are_no_sites() -> None:
    batch = run("The 30 workers were taken to a detention facility in Taguig after the raid. "
                "The embassy's office in Phnom Penh issued travel papers to them. "
                "Police raided the compound and took the men to an immigration office in Poipet.")
    assert not {name for name in names(batch, Label.SITE) if name.startswith(("facility", "office"))}

"""Organizations (session 51, the Organization entities read across all open real stories), each
construction shown on made-up words."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def _orgs(text: str) -> set[str]:
    return names(run(text), Label.ORGANIZATION)


def test_a_plural_company_noun_names_each_company_of_its_list() -> None:
    text = "Washington also blacklisted the companies Pellan Ridge and Corvo Tide for building the compounds."
    assert {"Pellan Ridge", "Corvo Tide"} <= _orgs(text)
    text = "The sanctions hit firms Pellan Ridge, Corvo Tide and Ostrel for their part in the scheme."
    assert {"Pellan Ridge", "Corvo Tide", "Ostrel"} <= _orgs(text)


def test_a_singular_company_noun_set_off_by_commas_names_the_company() -> None:
    text = "The brothers ran a recruiting firm, Harlow Bright Placements, which lured workers abroad."
    assert "Harlow Bright Placements" in _orgs(text)
    # an aside of speech after the comma names no company
    text = "The gang paid the firm, Ms Odera Palin said, to move the money."
    assert not _orgs(text)


def test_a_news_wire_named_with_agency_is_an_outlet_not_a_state_body() -> None:
    batch = run("Police detained 40 workers at a villa in Vantor on Monday, Anadolu Agency reported.")
    assert "Anadolu Agency" in names(batch, Label.ORGANIZATION)
    assert "Anadolu Agency" not in names(batch, Label.AGENCY)


def test_an_acronym_that_learned_what_it_tells_at_a_sentences_end_is_the_outlet() -> None:
    assert "KVR" in _orgs("The last six workers crossed home on Friday, KVR has learned.")
    assert "KVR" in _orgs("Thirty men were held in a villa near the river, KVR learned on Monday.")
    # a body that learned goes on to say what it learned: no outlet
    assert "KVR" not in _orgs("KVR learned that the thirty men had been moved to a villa near the river.")


def test_a_centre_for_a_cause_is_an_organization_but_not_one_where_people_are_held() -> None:
    text = "A study by the Centre for Maritime Labour Studies found that recruiters lied to the workers."
    assert "Centre for Maritime Labour Studies" in _orgs(text)
    text = "The 40 men were taken to the Center for Migrant Detention in Vantor on Monday."
    assert "Center for Migrant Detention" not in _orgs(text)

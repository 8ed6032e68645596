"""Audit 53, fixer organizations: a body's name with a typographer's apostrophe after a plural
("Workers’ Union"), a person in apposition whose noun phrase names the group they work for, an
acronym defined after a company's name and later given its own apposition, and a central bank
called "State Bank of" its country (made-up names, towns and numbers; real countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_plural_possessive_with_a_curly_apostrophe_stays_in_the_name() -> None:
    batch = run("Nine job seekers are stuck in Cambodia, according to the Borneo Unity Peoples’ Party (BUPP) "
                "complaints chief Tan Ah Kow.")
    assert "Borneo Unity Peoples’ Party" in names(batch, Label.ORGANIZATION)
    union = run("The Kinabalu Workers’ Union asked the police on Friday to find 12 missing members.")
    assert "Kinabalu Workers’ Union" in names(union, Label.ORGANIZATION)
    # a misprint and a chamber with no body's head word after the mark make no body
    typo = run("On June 8, the Prosecutor’ Office arrested nine people in Dorvan.")
    assert not any("’ Office" in name for name in names(typo, Label.AGENCY))
    house = run("The bill on trafficking went to the Zembla House of Peoples’ Representatives on Monday.")
    assert not any("Representatives" in name for name in names(house, Label.PERSON) | names(house, Label.AGENCY)
                   | names(house, Label.ORGANIZATION))


def test_a_person_who_coordinates_for_a_rights_group_is_no_group() -> None:
    batch = run("Dara Keo, the regional coordinator for rights group Lumen, said on Monday that 40 workers "
                "were lured to Dorvan.")
    assert "Dara Keo" not in names(batch, Label.ORGANIZATION)
    assert "Lumen" in names(batch, Label.ORGANIZATION)
    group = run("Kestrel Care, an Indonesian rights group, said 40 workers were lured to Dorvan.")
    assert "Kestrel Care" in names(group, Label.ORGANIZATION)  # its own noun, no preposition before it


def test_an_acronym_given_an_apposition_is_still_the_company_defined() -> None:
    batch = run("The firm Amber Wren Holding Group (AWH) was listed on Monday. In the border town there is AWH, "
                "a group of businesses that run scam compounds. AWH also has close ties to the army.")
    assert "Amber Wren Holding Group" in names(batch, Label.ORGANIZATION)
    assert "AWH" not in names(batch, Label.ORGANIZATION)


def test_the_state_bank_of_pakistan_is_a_state_body() -> None:
    batch = run("The probe into 12 call centres began after the State Bank of Pakistan flagged odd transfers.")
    assert "State Bank of Pakistan" in names(batch, Label.AGENCY)
    assert "State Bank of Pakistan" not in names(batch, Label.ORGANIZATION)

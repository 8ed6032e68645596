"""A name with a number inside it is one name when its last words are a company's or a site's
head: "Silver Reed 45 Outsourcing Incorporated" is one company (not a person "Outsourcing
Incorporated"), "the Jasmine 6 Special Zone" one site (not "Special Zone")."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_company_with_a_number_and_a_spelled_out_legal_form_is_one_company() -> None:
    batch = run("Police are checking whether the vans came from Silver Reed 45 Outsourcing Incorporated, a gaming "
                "firm accused of forced labour.\n")
    assert "Silver Reed 45 Outsourcing Incorporated" in names(batch, Label.ORGANIZATION)
    assert not names(batch, Label.PERSON)


def test_a_site_with_a_number_before_its_head_words_is_one_site() -> None:
    batch = run("The task force raided the Jasmine 6 Special Zone in Poipet on Monday and detained 30 suspects.\n")
    assert "Jasmine 6 Special Zone" in names(batch, Label.SITE)

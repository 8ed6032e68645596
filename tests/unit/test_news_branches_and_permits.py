"""A court's numbered branch is one body, named with its number ("Makati Regional Trial Court Branch
35"). "Corp" without its full stop closes a company's name as "Corp." does. A permit, scheme or law
defined with its initials ("the Internet Gaming License (IGL) scheme") is no organization. A name after
"the director of Kenya’s <body>," is a person, whichever apostrophe the possessive has."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_court_s_numbered_branch_is_one_body_with_its_number() -> None:
    batch = run("Officers acted on a warrant that Makati Regional Trial Court Branch 35 signed on Monday.")
    assert "Makati Regional Trial Court Branch 35" in names(batch, Label.AGENCY)
    assert "Makati" not in names(batch, Label.LOCATION)


def test_corp_without_its_full_stop_closes_a_company_s_name() -> None:
    batch = run("Smart Web Technology Corp had its license revoked last year.")
    assert "Smart Web Technology Corp" in names(batch, Label.ORGANIZATION)
    assert not names(batch, Label.PERSON)


def test_a_permit_defined_with_its_initials_is_no_organization() -> None:
    batch = run("The company resumed work under the newly announced Internet Gaming License (IGL) scheme.")
    assert not names(batch, Label.ORGANIZATION)


def test_a_name_after_a_title_of_a_country_s_body_with_a_curly_possessive_is_a_person() -> None:
    batch = run("Nine men face charges, the head of the probe told reporters, adding that the chief of Kenya’s "
                "Criminal Investigation Department, Mwangi Tarus.")
    assert "Mwangi Tarus" in names(batch, Label.PERSON)

"""A compound adjective on a dotted abbreviation ("U.S.-sanctioned", "U.K.-registered") is one token;
like "US-sanctioned", it describes the name after it and is no part of that name."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_dotted_country_participle_is_no_part_of_the_organizations_name() -> None:
    batch = run("Investigators froze the accounts of the U.S.-sanctioned Silver Crane Group on Monday.")
    assert names(batch, Label.ORGANIZATION) == {"Silver Crane Group"}


def test_a_dotted_abbreviation_alone_still_opens_a_name() -> None:
    batch = run("Officials from the U.S. Embassy met the workers in Bangkok.")
    assert "U.S. Embassy" in names(batch, Label.AGENCY)

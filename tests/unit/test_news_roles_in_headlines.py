"""A role in title case is no person (audit 36h): a subheading "Ministry Issues Alert as Main Suspect is
Named" names no person "Main Suspect"; a real name stays a person."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_role_in_title_case_is_no_person() -> None:
    batch = run("Authorities have freed 14 more Ugandans from fraud gangs in Myanmar, the ministry said on Tuesday.\n\n"
                "Ministry Issues Alert as Main Suspect is Named\n\n"
                "The government again warned Ugandans against fake job offers in Thailand.")
    assert "Main Suspect" not in names(batch, Label.PERSON)


def test_a_name_stays_a_person() -> None:
    batch = run("Police arrested Okello Mugisha, a recruiter, on Tuesday.")
    assert "Okello Mugisha" in names(batch, Label.PERSON)  # (a guard)

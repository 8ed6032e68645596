"""A scam told in another clause than a site's is not the site's business. When the site stands in a
clause after the scam ("smuggled into a country, where they now wait close to a compound",
"trafficking counts ... filed following a raid on a hub") the site is that clause's place; when a clause
after the site tells how people came to be there or sets something against it ("... told how a
syndicate trafficked them", "while ..."), its scam is said of the people. A relative clause about the
site or its workers, or a scam told in the site's own clause, still gives the site the scam."""

from tests.unit.test_news_extraction import facts, run


def _site_scams(text: str, site: str = "compound in Kestrel") -> set[str]:
    return {fact[2] for fact in facts(run(text)) if fact[0] == "ENGAGED_IN" and fact[1] == site}


def test_a_site_in_a_where_clause_after_the_trafficking_gets_none() -> None:
    text = "Seven Peruvians were trafficked into Atlantis, where they now wait close to a compound in Kestrel province."
    assert _site_scams(text) == set()


def test_a_site_in_a_following_phrase_gets_the_charges_scam_not() -> None:
    text = ("Counts of human trafficking against 14 men were filed on Friday following a raid on a compound in "
            "Kestrel province.")
    assert _site_scams(text) == set()


def test_how_people_came_to_a_site_is_said_of_the_people() -> None:
    text = ("Thirty-one Chileans freed from a compound in Kestrel province told reporters how a syndicate had "
            "trafficked them.")
    assert _site_scams(text) == set()


def test_a_relative_clause_about_the_workers_keeps_the_scam() -> None:
    text = "Police raided a compound in Kestrel province and detained 212 workers who were forced to run romance scams."
    assert _site_scams(text) == {"romance scam"}


def test_a_relative_clause_about_the_site_keeps_the_scam() -> None:
    text = "Police raided a compound in Kestrel province, where workers were forced to run romance scams."
    assert _site_scams(text) == {"romance scam"}


def test_trafficking_into_the_site_itself_stays_the_sites() -> None:
    text = "Workers were trafficked to a compound in Kestrel province and forced to run romance scams."
    assert _site_scams(text) == {"human trafficking", "romance scam"}

"""Countries listed after "from countries including", with no count of the countries, after a verb
that sends people on ("deported ... from countries including A, B and C"), are where the sending
came from, not the people's nationalities; counted ("workers from nine countries, including A and
B") they still are (grammar: "from" after a verb of sending marks the origin, as the rule for one
country already read; fresh5 106; audit pages d09, e26, i05 and dev 05 keep their counted lists)."""

from tests.unit.test_news_extraction import facts, run


def _nationalities(text: str, relation: str) -> set[str]:
    return {code for rel, _event, code, _count in facts(run(text)) if rel == relation}


def test_uncounted_countries_a_sending_came_from_are_no_nationalities() -> None:
    found = _nationalities("Last year Vietnam's police extradited hundreds of fraud suspects from countries including "
                           "Laos, Malaysia and the Philippines.", "EXTRADITED")
    assert not found & {"LA", "MY", "PH"}


def test_counted_countries_of_people_are_their_nationalities() -> None:
    found = _nationalities("Soldiers freed 300 workers from nine countries, including Laos, Malaysia and the "
                           "Philippines.", "RESCUED")
    assert {"LA", "MY", "PH"} <= found

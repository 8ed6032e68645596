"""A ranking that calls another act a crackdown ("a court jailed 40, marking the biggest crackdown on
scam hubs so far", "the sentences are one of the harshest crackdowns") tells no raid of its own.
Tests in made-up words."""

import pytest

from tests.unit.test_news_extraction import events, facts, run


@pytest.mark.parametrize("text", [
    "A court jailed 40 members of a fraud ring, marking the biggest crackdown on scam hubs so far.",
    "The death sentences are one of Zarnovia's harshest crackdowns on the gangs.",
])
def test_a_ranked_crackdown_is_no_raid(text: str) -> None:
    assert not any(e["type"] == "raid" for e in events(run(text)).values())


def test_the_largest_raid_carried_out_is_a_raid() -> None:
    found = events(run("Police carried out the largest raid on scam hubs so far on Monday."))
    assert [e["type"] for e in found.values()] == ["raid"]


def test_people_of_a_clause_reaching_inside_a_country_are_not_found_there() -> None:
    # ("who ran scams aimed at people both inside and outside Zarnovia": no one found inside anything)
    found = facts(run("A court has jailed 40 members of a fraud ring. The convicted group comprises 31 Vietnamese "
                      "nationals and 9 Cambodians, who jointly ran romance scams aimed at people both inside and "
                      "outside Cambodia."))
    assert ("CHARGED", "charge@", "KH", 9) in found
    assert not any(f[0] == "FOUND" for f in found)

"""A ranking that calls another act a crackdown ("a court jailed 40, marking the biggest crackdown on
scam hubs so far", "the sentences are one of the harshest crackdowns") tells no raid of its own.
Tests in made-up words."""

import pytest

from tests.unit.test_news_extraction import events, run


@pytest.mark.parametrize("text", [
    "A court jailed 40 members of a fraud ring, marking the biggest crackdown on scam hubs so far.",
    "The death sentences are one of Zarnovia's harshest crackdowns on the gangs.",
])
def test_a_ranked_crackdown_is_no_raid(text: str) -> None:
    assert not any(e["type"] == "raid" for e in events(run(text)).values())


def test_the_largest_raid_carried_out_is_a_raid() -> None:
    found = events(run("Police carried out the largest raid on scam hubs so far on Monday."))
    assert [e["type"] for e in found.values()] == ["raid"]

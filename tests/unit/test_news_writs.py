"""A writ names the act it allows, not one done (audit 19: t10). A court's warrant of arrest, or a
warrant to arrest a named man, tells of a warrant only: the man may be in hiding still.
The reverse order of "arrest warrant" ("warrant of arrest", "warrant for his arrest") is the same
closed phrase, and a pronoun after "a warrant to <verb>" is no arrested person."""

from tests.unit.test_news_extraction import events, facts, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_warrant_of_arrest_is_a_warrant() -> None:
    kinds = _kinds("A warrant of arrest was issued by a Lusaka court on March 3 against the agent.")
    assert "warrant" in kinds and "arrest" not in kinds


def test_a_warrant_for_his_arrest_is_a_warrant() -> None:
    kinds = _kinds("Prosecutors obtained a warrant for his arrest last week, officials said.")
    assert "warrant" in kinds and "arrest" not in kinds


def test_a_warrant_to_arrest_him_arrests_no_one() -> None:
    batch = run("John Kamau Otieno was named as the recruiter; a judge signed a warrant to arrest him in May.")
    assert not [fact for fact in facts(batch) if fact[0] == "ARRESTED"]
    assert "arrest" not in {key.split("@")[0] for key in events(batch)}


def test_a_man_the_police_arrested_is_still_arrested() -> None:
    batch = run("John Kamau Otieno was named as the recruiter, and police arrested him in Kisumu on Friday.")
    assert [fact for fact in facts(batch) if fact[0] == "ARRESTED" and fact[2] == "John Kamau Otieno"]


def test_people_blacklisted_from_coming_back_are_under_no_sanction() -> None:
    """People sent home and barred from coming back (development article 120) are under an entry
    ban that goes with their deportation, not a sanction; a sanctions office that blacklists
    targets still sanctions."""
    assert "sanction" not in _kinds("The 14 men were deported on Friday and blacklisted from entering Laos again.")
    assert "sanction" in _kinds("The Treasury blacklisted nine firms linked to the compound on Monday.")

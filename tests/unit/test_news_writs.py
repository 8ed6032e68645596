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


def test_warrants_for_their_arrests_in_the_plural_are_warrants() -> None:
    # audit 40 (q02) and audit 30 (g02): the plural "arrests" after the writ made an arrest beside it
    kinds = _kinds("A judge in Varna signed warrants for their arrests last June, and the men fled abroad.")
    assert "warrant" in kinds and "arrest" not in kinds
    kinds = _kinds("Prosecutors sought warrants for the arrests of 12 men who ran the call centre.")
    assert "arrest" not in kinds


def test_a_warrant_to_arrest_him_arrests_no_one() -> None:
    batch = run("John Kamau Otieno was named as the recruiter; a judge signed a warrant to arrest him in May.")
    assert not [fact for fact in facts(batch) if fact[0] == "ARRESTED"]
    assert "arrest" not in {key.split("@")[0] for key in events(batch)}


def test_a_man_the_police_arrested_is_still_arrested() -> None:
    batch = run("John Kamau Otieno was named as the recruiter, and police arrested him in Kisumu on Friday.")
    assert [fact for fact in facts(batch) if fact[0] == "ARRESTED" and fact[2] == "John Kamau Otieno"]


def test_people_blacklisted_from_coming_back_are_under_no_sanction() -> None:
    """People sent home and barred from coming back (development article 120, audit page t14) are
    under an entry ban that goes with their deportation, not a sanction; a sanctions office that
    blacklists targets still sanctions."""
    assert "sanction" not in _kinds("The 14 men were deported on Friday and blacklisted from entering Laos again.")
    assert "sanction" not in _kinds("Five Lao men were deported and blacklisted for online fraud in 2023.")
    assert "sanction" in _kinds("The Treasury blacklisted nine firms linked to the compound on Monday.")


def test_people_an_arrest_warrant_is_for_are_its_targets_not_arrested() -> None:
    """"obtained arrest warrants for A and B" (audit page j01): the warrant TARGETED them; the act
    word before "warrants" made them arrested in an event of another sentence."""
    found = facts(run("Kenji Morimoto, 41, and Daisuke Harada, 39, ran the call centre in Manila. Osaka police "
                      "obtained arrest warrants for Morimoto and Harada in May 2021."))
    assert not [fact for fact in found if fact[0] == "ARRESTED"]
    assert ("TARGETED", "warrant@2021-05", "Kenji Morimoto", None) in found


def test_an_arrest_warrant_executed_against_a_man_arrests_him() -> None:
    found = facts(run("Kenji Morimoto, 41, ran the call centre in Manila. Osaka police executed the arrest "
                      "warrant against Kenji Morimoto on the plane on Friday."))
    assert [fact for fact in found if fact[0] == "ARRESTED" and fact[2] == "Kenji Morimoto"]


def test_charges_filed_against_him_are_still_read() -> None:
    """"filed charges against him" names no act verb in the window the writ check reads: the charge stands."""
    found = facts(run("John Kamau Otieno was named as the recruiter, and prosecutors filed charges against him on Monday."))
    assert [fact for fact in found if fact[0] == "CHARGED" and fact[2] == "John Kamau Otieno"]

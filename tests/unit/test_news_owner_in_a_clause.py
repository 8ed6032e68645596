"""A person who is the subject of a clause of their own was not acted on (audit 36c): "The raid
uncovered what police described as fraud inside a compound built on land that Uy partly owned" finds
no person Uy; "Councillor Linda Uy" is Linda Uy, a councillor."""

from tests.unit.test_news_extraction import facts, run


def test_the_owner_of_the_land_a_raid_uncovered_was_not_found() -> None:
    found = facts(run("Linda Uy was arrested in Jakarta on Tuesday. Police raided a gaming hub in March. The "
                      "raid uncovered what police described as fraud inside a compound built on land that Uy partly "
                      "owned."))
    assert not any(f[0] == "FOUND" for f in found)
    assert any(f[0] == "ARRESTED" and f[2] == "Linda Uy" for f in found)  # (a guard)


def test_a_councillor_is_an_official() -> None:
    batch = run("Councillor Linda Uy was arrested in Jakarta on Tuesday.")
    assert ("ARRESTED", "arrest@2026-10-13", "Linda Uy", None) in facts(batch)

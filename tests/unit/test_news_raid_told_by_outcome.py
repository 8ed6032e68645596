"""An undated arrest or detention that counts only as many people as the one dated raid held
("prosecutors have detained 18 suspects ... Early Wednesday, investigators raided 30 sites ... a
total of 18 suspects were detained") is that raid, told first by its outcome. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def test_the_outcome_told_first_is_the_raid() -> None:
    found = events(run("Zarnov prosecutors have detained 18 suspects and seized assets linked to the Lotus Group. "
                       "Early Wednesday, investigators conducted 30 raids at offices in Zarnov. Prosecutors said a "
                       "total of 18 suspects were detained."))
    assert sorted(e["type"] for e in found.values()) == ["raid", "seizure"]
    assert found["raid@2026-10-14"]["count_detained"] == 18

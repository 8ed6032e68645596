"""People counted as citizens of a state by its formal name ("9 citizens of the Kyrgyz Republic")
are of that state, not of the body that acted on them. Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_citizens_of_a_republic_take_its_nationality() -> None:
    found = facts(run("Thai police rescued 9 citizens of the Kyrgyz Republic near Mae Sot on Monday."))
    assert ("RESCUED", "rescue@2026-10-12", "KG", 9) in found
    assert not any(f[2] == "TH" for f in found)


def test_citizens_of_the_czech_republic_are_czech() -> None:
    found = facts(run("Thai police rescued 11 citizens of the Czech Republic on Monday."))
    assert ("RESCUED", "rescue@2026-10-12", "CZ", 11) in found

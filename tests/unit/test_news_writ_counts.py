"""A number of warrants, or people who "have" or "are subject to" arrest warrants, tells of a writ,
not of an arrest: no count of arrested people and no ARRESTED edge to the nationalities the writs
name (audit 20, page u10; audit pages b33 and q03): the number counts writs, as the reader already
read "seven were subject to arrest warrants" (audit page i12). People arrested while wanted on warrants still
are. Sentences are made up."""

from tests.unit.test_news_extraction import events, facts, run


def test_warrants_issued_during_a_raid_arrest_no_one() -> None:
    batch = run("Police raided a casino in Poipet on Monday.\n\n"
                "During the raid, more than 90 arrest warrants were issued for Thai and Lao suspects.")
    raid = events(batch)["raid@2026-10-12"]
    assert "count_arrested" not in raid
    assert not [f for f in facts(batch) if f[0] == "ARRESTED"]
    assert events(batch)["warrant@"]["count_warrants"] == 90  # the number counts the writs


def test_returnees_found_with_warrants_are_no_arrest() -> None:
    batch = run("Police screened 85 Laotians who came home on Monday. "
                "At least five of the 85 turned out to have arrest warrants for theft.")
    assert not [key for key in events(batch) if key.startswith("arrest")]


def test_people_arrested_on_warrants_are_still_arrested() -> None:
    batch = run("Police arrested 12 Chinese nationals with arrest warrants in Bangkok on Monday.")
    assert ("ARRESTED", "arrest@2026-10-12", "CN", 12) in facts(batch)

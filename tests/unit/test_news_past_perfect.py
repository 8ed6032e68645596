"""An arrest, detention or rescue told in the past perfect after a dated arrest or raid ("The three
had been taken into custody by Thai authorities", told after the Japanese police's arrest
of the four on Monday) happened before it: it is no part of that operation, and its agent is not
the operation's (grammar; article 93). Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_a_past_perfect_detention_is_no_part_of_the_dated_arrest() -> None:
    found = facts(run("Osaka police arrested three Japanese men on Monday. The three had been taken into custody "
                      "by Thai authorities."))
    assert ("CONDUCTED", "Thai authorities", "detention@", None) in found
    assert ("CONDUCTED", "Thai authorities", "arrest@2026-10-12", None) not in found


def test_a_simple_past_detention_after_a_raid_is_still_the_raids() -> None:
    found = facts(run("Police raided a compound in Bavet on Monday. Officers detained 40 Chinese nationals."))
    assert ("DETAINED", "raid@2026-10-12", "CN", 40) in found

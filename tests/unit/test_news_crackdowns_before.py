"""A crackdown told as coming before the act of its sentence ("sent home following a crackdown in
the zone") is an operation of its own; "arrested in a crackdown" keeps it the arrest's background.
Made-up texts."""

from tests.unit.test_news_extraction import events, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_people_sent_home_after_a_crackdown_tell_the_crackdown_too() -> None:
    found = kinds("Thirty Thai workers were sent home on Monday following a police crackdown on casinos in Bokeo.")
    assert {"raid", "repatriation"} <= found


def test_a_crackdown_as_the_background_of_an_arrest_is_no_raid_of_its_own() -> None:
    found = kinds("Police in Bokeo arrested 12 men in a crackdown on gambling dens.")
    assert "raid" not in found

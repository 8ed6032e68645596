"""An act NOUN named only as tried or failed ("attempted a mass escape", "the escape attempt", "a foiled
kidnapping") is no event; "a successful rescue attempt" still tells the rescue. Made-up texts."""

from tests.unit.test_news_extraction import events, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_an_attempted_mass_escape_is_no_escape() -> None:
    assert "escape" not in kinds("About 90 workers attempted a mass escape from the compound in Kampot on Monday.")


def test_an_escape_attempt_and_a_foiled_kidnapping_are_no_acts() -> None:
    assert "escape" not in kinds("Guards stopped the escape attempt at the gate in Kampot on Monday.")
    assert "kidnapping" not in kinds("Police in Kampot said on Monday they foiled a kidnapping at the market.")


def test_a_successful_rescue_attempt_and_a_plain_escape_stay_acts() -> None:
    assert "rescue" in kinds("Police in Kampot made a successful rescue attempt on Monday, freeing 12 workers.")
    assert "escape" in kinds("About 90 workers escaped from the compound in Kampot on Monday.")


def test_an_escape_blocked_or_prevented_is_no_escape() -> None:
    assert "escape" not in kinds("Workers in Kampot said on Monday that armed guards blocked escape from the site.")

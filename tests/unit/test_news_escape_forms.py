"""Every form of the verb "escape" tells an escape: a headline's present ("Man escapes from scam
gang", article 86, audit e11) and the gerund after "after" ("after escaping the compound", audit
b23, d04, g08), as "escaped" and "fled" already did. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_headline_in_the_present_tells_an_escape() -> None:
    assert "escape" in _kinds("Lao teenager escapes from Myawaddy scam compound, swims across river")


def test_a_gerund_after_after_tells_an_escape() -> None:
    assert "escape" in _kinds("Four Kenyan women sought help at the embassy after escaping a call centre in Shwe Kokko.")


def test_an_escape_only_tried_is_still_no_escape() -> None:
    assert "escape" not in _kinds("The workers tried to escape but were caught by guards.")

"""People "seized" by police with an adjective before their noun ("seized 940 foreign nationals")
are people arrested, as "seized 318 suspects" are, and no goods seized (audit 39A: an empty seizure
stood beside the raid)."""

from tests.unit.test_news_extraction import events, run


def test_foreign_nationals_seized_by_police_are_arrested_not_goods() -> None:
    found = events(run("Police seized 760 foreign nationals in the raid on Tuesday."))
    assert found["raid@2026-10-13"]["count_arrested"] == 760 and not any(k.startswith("seizure@") for k in found)


def test_foreign_phones_seized_are_still_goods() -> None:
    assert "seizure@2026-10-13" in events(run("Police seized 20 foreign phones on Tuesday."))

"""People "airlifted home" or "airlifted back" were brought home (audit 37p), with or without a number:
"The air force airlifted home dozens of Nepalis on Thursday" is a repatriation."""

from tests.unit.test_news_extraction import events, run


def test_people_airlifted_home_were_repatriated() -> None:
    assert "repatriation@2026-10-15" in events(run("The air force airlifted home dozens of Nepalis on Thursday."))

"""What a scammer posing as an official falsely tells a victim ("a caller posing as a detective
falsely told the retiree that a warrant for his arrest had been issued") is the scam's script: no
warrant, no arrest. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def test_a_liars_warrant_is_no_warrant() -> None:
    assert events(run("A caller posing as a detective falsely told the retiree that a warrant for his arrest had "
                      "been issued over a bank fraud case.")) == {}


def test_scammers_who_posed_are_still_arrested() -> None:
    found = events(run("The scammers, posing as police, were arrested on Monday, officials said."))
    assert [e["type"] for e in found.values()] == ["arrest"]

"""Peoples named as a scam's prey are the victims' peoples, never those the act of the story took:
"They were hired to run a scam preying on Thais and foreigners, particularly Koreans" names no
one's nationality among the arrested (audit 39F: Japanese and Korean victims were linked to Thai
arrests as if arrested). "They were (mostly) Chinese and Vietnamese" still names them."""

from tests.unit.test_news_extraction import facts, run

ARREST = "Fourteen suspected scammers were arrested on Tuesday in Cha-am district. "


def test_peoples_a_scam_preyed_on_are_no_one_arrested() -> None:
    batch = run(ARREST + "They were allegedly hired to run an investment scam preying on Thais and foreigners, "
                "particularly Koreans and Japanese.")
    assert not any(f[0] == "ARRESTED" for f in facts(batch))


def test_the_peoples_the_arrested_were_are_still_named() -> None:
    batch = run(ARREST + "They were mostly Chinese and Vietnamese.")
    assert {("ARRESTED", "arrest@2026-10-13", "CN", None), ("ARRESTED", "arrest@2026-10-13", "VN", None)} <= facts(batch)

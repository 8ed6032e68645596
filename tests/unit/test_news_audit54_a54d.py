"""Audit 54, auditor a54d: acts still to come read as events (convention 8): a headline's bare
"<count> <people> to be deported", and a second infinitive of aim after "and" ("sent a team to
help the crews and secure the release of ..."), read as a deportation and a rescue told done
(made-up towns, bodies and numbers)."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_headline_count_to_be_deported_is_no_deportation() -> None:
    batch = run("Over 70 Mongolians to be deported from Lotvale after fraud claims\n\n"
                "Police detained 73 Mongolians in Lotvale on Monday, the ministry said.")
    assert not any(e.startswith("deportation") for e in events(batch))
    assert any(f[0] in {"DETAINED", "ARRESTED"} and f[2] == "MN" and f[3] == 73 for f in facts(batch))
    plain = run("Some 40 Mongolian workers to be repatriated from Lotvale")
    assert not any(e.startswith("repatriation") for e in events(plain))


def test_the_first_people_to_be_sent_home_were_sent_home() -> None:
    batch = run("The first 40 Mongolians to be repatriated arrived in Ulaanbaatar on Monday.")
    assert any(e.startswith("repatriation") for e in events(batch))


def test_secure_the_release_after_and_shares_the_aim_of_the_to() -> None:
    batch = run("The ministry on Tuesday dispatched two envoys to assist sailors trapped on fishing boats near "
                "Lotvale and secure the release of 12 Mongolian crew members.")
    assert not any(e.startswith("rescue") for e in events(batch))
    short = run("The ministry sent a team to help them and secure the release of 40 Mongolian workers.")
    assert not any(e.startswith("rescue") for e in events(short))


def test_a_release_won_after_and_stays_a_rescue() -> None:
    batch = run("The embassy managed to contact the families and secured the release of 20 Mongolians "
                "held in a compound in Lotvale on Monday.")
    assert any(e.startswith("rescue") for e in events(batch))

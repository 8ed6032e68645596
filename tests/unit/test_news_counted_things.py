"""Things a demonym describes after a number, with a word of their kind before their noun ("58 Lao
identity cards", "12 Thai bank accounts"), are counted things, not people: the raid's people are
the ones it counted (audit 36f: seized cards read as 58 Lao nationals arrested)."""

from tests.unit.test_news_extraction import events, facts, run


def test_identity_cards_of_a_people_are_no_people() -> None:
    batch = run("On Monday, police raided a call centre in Bavet, detaining 37 Lao nationals. During the "
                "operation, officers seized 15 laptops, 52 mobile phones and 52 Lao identity cards.")
    found = facts(batch)
    assert ("DETAINED", "raid@2026-10-12", "LA", 37) in found
    assert not any(f[2] == "LA" and f[3] == 52 for f in found)
    assert "count_arrested" not in events(batch)["raid@2026-10-12"]


def test_bank_accounts_of_a_people_are_no_people() -> None:
    found = facts(run("Police froze 12 Thai bank accounts used by the gang on Tuesday."))
    assert not any(f[2] == "TH" for f in found)

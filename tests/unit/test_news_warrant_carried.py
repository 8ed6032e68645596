"""A warrant the raiders carry ("searched five spots, armed with arrest warrants", "armed with a
search warrant from the provincial court, to raid a house") is the raid's instrument, not a warrant
event of its own (article 58, audit page e34); a phrase inside a longer phrase that tells no event
is no phrase of its own. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_warrants_carried_on_a_raid_are_no_warrant_event() -> None:
    assert "warrant" not in _kinds("Officers searched three houses in Bavet, armed with arrest warrants.")
    assert "warrant" not in _kinds("Police, armed with a search warrant from the provincial court, raided a villa in Kep on Monday.")


def test_a_warrant_issued_is_still_a_warrant() -> None:
    assert "warrant" in _kinds("The court issued arrest warrants for six recruiters on Monday.")

"""A scam type named by the people who run it ("telecom scammers", "job scammers") or by the
calls it makes ("scam calls", "VoIP scams", "Macau scams") names that type, as "romance
scammers" and "telecom scams" already did. An armed group that takes action against the
scammers does not run their scam. Names and sentences are made up."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_telecom_scammers_name_voice_phishing() -> None:
    assert "voice phishing" in _scams("Police handed 310 telecom scammers to Chinese officers in Lashio on Friday.")


def test_telecom_scamming_gangs_name_voice_phishing() -> None:
    assert "voice phishing" in _scams("Soldiers raided telecom scamming gangs in Lashio on Friday.")


def test_job_and_online_scammers_name_their_types() -> None:
    assert "job scam" in _scams("Twelve Kenyans duped by job scammers returned from Bavet on Monday.")
    assert "online fraud" in _scams("Police in Bavet detained 40 online scammers on Monday.")


def test_calls_of_a_phone_scam_name_voice_phishing() -> None:
    assert "voice phishing" in _scams("Rooms in the Bavet compound were used for making scam calls to victims abroad.")
    assert "voice phishing" in _scams("The 47 men ran VoIP scams, also known as Macau scams, from two houses in Poipet.")


def test_a_group_acting_against_scammers_runs_no_scam() -> None:
    batch = run("It was the first time the Harbour Valley Army had taken action against telecom scamming gangs in Lashio.")
    assert "voice phishing" in {n.name for n in batch.nodes.values() if n.label is Label.SCAM_TYPE}
    assert not any(e.type is RelType.ENGAGED_IN and e.source.startswith("organization:") for e in batch.edges)


def test_scammer_alone_names_no_type() -> None:
    assert _scams("The scammers fled across the river to Mae Sot on Monday.") == set()


def test_call_centre_fraud_names_voice_phishing() -> None:
    """Session 27: "a call centre fraud", "call-center schemes": the crime named by its call centre is
    voice phishing; "fake call centres in X" stays the site it is (test_news_described_sites), and a
    plain call centre (an embassy's hotline) names no scam."""
    assert "voice phishing" in _scams("Police broke up a call centre fraud in Lotus City on Monday.")
    assert "voice phishing" in _scams("The men ran call-center schemes from Lotus City.")
    assert "voice phishing" not in _scams("Families may reach the embassy's call centre on Monday.")

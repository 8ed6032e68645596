"""Fraud by telephone written "telecoms fraud" (the British plural of the trade) or hyphened
before a noun ("a telephone-fraud ring", "telecom-fraud suspects") names voice phishing, as
"telecom fraud" and "telephone fraud" already did. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_telecoms_fraud_names_voice_phishing() -> None:
    assert "voice phishing" in _scams("Police in Kampot arrested 52 Koreans over telecoms fraud on Monday.")


def test_hyphened_telephone_fraud_ring_names_voice_phishing() -> None:
    text = "Officers raided a villa in Hua Hin and held 12 Laotians in a telephone-fraud ring."
    assert "voice phishing" in _scams(text)


def test_telecom_fraud_suspects_hyphened_name_voice_phishing() -> None:
    assert "voice phishing" in _scams("Laos handed 40 telecom-fraud suspects to Chinese police in Bokeo.")


def test_telecoms_alone_names_no_scam() -> None:
    assert _scams("Police in Kampot arrested 52 Koreans at a telecoms shop on Monday.") == set()

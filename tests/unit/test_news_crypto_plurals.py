"""Crypto fraud written in the plural ("cryptocurrency schemes", "cryptocurrency frauds") or hyphened
("crypto-scams") names crypto fraud, as the singular forms already did. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_cryptocurrency_schemes_name_crypto_fraud() -> None:
    assert "crypto fraud" in _scams("Workers in Bavet drew Danes into bogus cryptocurrency schemes, police said.")


def test_cryptocurrency_frauds_name_crypto_fraud() -> None:
    assert "crypto fraud" in _scams("The 40 Malawians were made to run cryptocurrency frauds in Laos.")


def test_hyphened_crypto_scams_name_crypto_fraud() -> None:
    assert "crypto fraud" in _scams("Police in Pasay held 30 Koreans over crypto-scams on Friday.")

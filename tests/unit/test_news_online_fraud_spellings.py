"""Online fraud written with a hyphen ("cyber-fraud centres", "online-scam hubs") or in the plural
("online frauds", "cyber frauds") names online fraud, as "cyber fraud" and "online scams" already
did. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_hyphened_cyber_fraud_names_online_fraud() -> None:
    assert "online fraud" in _scams("The 40 Malawians were sent to cyber-fraud centres in Laos in 2024.")


def test_plural_online_frauds_name_online_fraud() -> None:
    assert "online fraud" in _scams("Police in Galle arrested 12 Koreans over online frauds on Friday.")


def test_hyphened_online_scam_names_online_fraud() -> None:
    assert "online fraud" in _scams("Police raided an online-scam hub in Bavet and held 40 Koreans.")

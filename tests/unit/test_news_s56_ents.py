"""Scam types the reader missed on real reporting (session 56; made-up names, places and numbers):
- a word of lending in a sentence of fraud names a loan scam ("lured borrowers into applying for
  loans", "scams ranging from loans to share frauds"), but not a loan somebody took to pay ("took
  out loans to pay the ransom") nor one offered without deceit;
- "cyber slavery" is human trafficking, "online betting" is online gambling, "business email
  compromise" is an impersonation scam, and "crypto frauds" is crypto fraud, as the real-article
  golds read them."""

from __future__ import annotations

import pytest

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


@pytest.mark.parametrize("text", [
    "The gang used a bogus Velgram page to lure borrowers into applying for loans over the internet, police in Dravnik said.",
    "Later raids in Orvella uncovered scams ranging from loans and share frauds to fake modelling jobs.",
    "Detectives opened an inquiry into money lending and extortion run through phone apps from a warehouse in Kestrel Bay.",
])
def test_lending_in_a_sentence_of_fraud_is_a_loan_scam(text: str) -> None:
    assert "loan scam" in names(run(text), Label.SCAM_TYPE)


@pytest.mark.parametrize("text", [
    "Her parents in Orvella took out loans to pay the ransom the scammers demanded for her release.",
    "Recruiters in Dravnik posted adverts promising high wages and cheap loans to young graduates.",
])
def test_a_loan_taken_or_offered_without_deceit_is_no_loan_scam(text: str) -> None:
    """(Guards: both pass on the pristine code too.)"""
    assert "loan scam" not in names(run(text), Label.SCAM_TYPE)


@pytest.mark.parametrize("text, scam", [
    ("Police in Dravnik arrested four agents who sent 37 graduates to Kestrel Bay into cyber slavery.", "human trafficking"),
    ("Officials said 52 Orvellans had been held for cyber-slavery at a compound near Kestrel Bay.", "human trafficking"),
    ("The 61 workers were made to run online betting and fake shopping sites in Kestrel Bay.", "online gambling"),
    ("The three men stole money from firms in Orvella through business email compromises, prosecutors said.",
     "impersonation scam"),
    ("The recruits from Dravnik were forced into share scams and crypto frauds aimed at foreign savers.", "crypto fraud"),
])
def test_named_scams_the_table_now_lists(text: str, scam: str) -> None:
    assert scam in names(run(text), Label.SCAM_TYPE)


def test_a_call_centre_gang_in_a_story_naming_no_scam_runs_a_phone_scam() -> None:
    text = ("Police in Dravnik have detained 41 people from a call-centre gang that had fled across the border "
            "from Orvella, officers said on Monday.")
    assert "voice phishing" in names(run(text), Label.SCAM_TYPE)


def test_a_call_centre_gang_whose_scam_is_named_keeps_only_that_scam() -> None:
    """(Passes on the pristine code too: a guard.)"""
    text = ("Police in Dravnik have detained 41 people from a call-centre gang that posed as customs officers "
            "to cheat savers in Orvella.")
    scams = names(run(text), Label.SCAM_TYPE)
    assert "impersonation scam" in scams and "voice phishing" not in scams, scams

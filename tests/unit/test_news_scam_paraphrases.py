"""Scam types told in other words: an investment in cryptocurrency written out, and a job offer
that a sentence of deceit tells by "promising" or by someone's "offers of" jobs."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label == Label.SCAM_TYPE}


def test_an_investment_in_cryptocurrency_written_out_is_investment_fraud() -> None:
    assert "investment fraud" in _scams("Gangs in the compounds draw victims abroad into bogus romances and "
                                        "cryptocurrency investments, police in Dili said.")


def test_a_job_offer_told_by_promising_in_a_sentence_of_deceit_is_a_job_scam() -> None:
    assert "job scam" in _scams("The four men said they were deceived by an agent in Vientiane promising "
                                "well-paid office jobs abroad.")


def test_foreign_offers_of_jobs_that_tricked_workers_are_a_job_scam() -> None:
    assert "job scam" in _scams("About 90 workers were tricked by Korean offers of high-salary jobs, "
                                "officials said in Pursat.")


def test_a_firm_promising_jobs_without_deceit_tells_no_scam() -> None:
    assert "job scam" not in _scams("A textile firm in Penang is promising 300 new jobs next year, the "
                                    "state government said.")

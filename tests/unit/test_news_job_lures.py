"""A lure verb whose means is a job ("lured with employment opportunities", "tricked into taking
jobs"), or a promise told by its verb in a sentence of deceit ("duped ... after being promised
well-paid jobs"), names a job scam, as "promises of jobs" with a lure word already did. A promise
without deceit, or a lure whose means is a person and whose job follows "to", names none.
Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_lured_with_employment_opportunities_is_a_job_scam() -> None:
    assert "job scam" in _scams("Some 40 Zambians were lured with employment opportunities to Hpa Lu in 2024.")


def test_duped_after_being_promised_jobs_is_a_job_scam() -> None:
    text = "The 12 Malawians were duped by agents who promised them well-paid hotel jobs in Bangkok."
    assert "job scam" in _scams(text)


def test_tricked_into_taking_jobs_is_a_job_scam() -> None:
    assert "job scam" in _scams("Officials said 30 Bolivians were tricked into taking sales jobs in Laos.")


def test_promised_jobs_without_deceit_is_no_scam() -> None:
    assert "job scam" not in _scams("The firm in Lusaka promised 200 graduates jobs at its new factory.")


def test_lured_by_a_person_to_work_is_not_read_as_a_job_offer() -> None:
    assert "job scam" not in _scams("Tran was lured to Bavet by a cousin to work with him in 2023.")

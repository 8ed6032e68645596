"""A job promise called false or fake ("lured with false job promises") names the job scam, as
"false promises of jobs" does. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_false_job_promises_name_a_job_scam() -> None:
    assert "job scam" in _scams("Brokers drew 30 Kenyans to Myawaddy with false job promises in 2024.")


def test_fake_job_promises_name_a_job_scam() -> None:
    assert "job scam" in _scams("The 30 Kenyans were trafficked to Myawaddy with fake job promises in 2024.")

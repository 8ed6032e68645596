"""A job told as both easy and well paid ("high-paying easy jobs", "a well-paid but easy job",
"easy work, high salary") is the bait of a job scam, whichever verb brings it; a job that is
only well paid, or only easy, names none. Names and sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_a_high_paying_easy_job_names_a_job_scam() -> None:
    assert "job scam" in _scams("Brokers drew 30 Kenyans to Bavet to take 'high-paying easy jobs' last year.")


def test_a_well_paid_but_easy_job_names_a_job_scam() -> None:
    assert "job scam" in _scams("The 14 men were told about highly-paid but easy jobs and went to Poipet in May.")
    assert "job scam" in _scams("A cousin persuaded Mr Tran to go abroad for a \"high-paying, easy job\" in 2024.")


def test_easy_work_with_high_pay_names_a_job_scam() -> None:
    assert "job scam" in _scams("Posts offering easy work, high salary drew 40 Lao workers to Myawaddy.")
    assert "job scam" in _scams("They were offered easy jobs with high salaries in Bavet, 22 of them said.")


def test_a_job_only_well_paid_or_only_easy_names_none() -> None:
    assert _scams("The ministry warned travellers against high-paying jobs abroad on Monday.") == set()
    assert _scams("It was not easy to find work in Poipet, 12 Thai men said.") == set()

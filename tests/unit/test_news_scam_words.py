"""Scam types named by a pretext of work ("under the pretext of employment": the noun says the
offer deceived), and the romance scam named by its other nouns ("relationship scams") or by the
people who run it ("love scammers")."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_work_given_as_a_pretext_is_a_job_scam() -> None:
    for text in ("Forty workers were taken to Myanmar under the pretext of employment at a hotel.",
                 "The pair trafficked farmers under the false pretense of job openings abroad.",
                 "The brokers took the villagers into Laos under the pretext of offering well-paid jobs."):
        assert "job scam" in names(run(text), Label.SCAM_TYPE), text


def test_a_pretext_that_is_not_work_is_no_job_scam() -> None:
    batch = run("The men entered Thailand under the pretext of a family visit and were later detained.")
    assert "job scam" not in names(batch, Label.SCAM_TYPE)


def test_work_offered_without_a_pretext_is_no_job_scam() -> None:
    batch = run("Police said the company hired staff under the terms of employment law.")
    assert "job scam" not in names(batch, Label.SCAM_TYPE)


def test_relationship_scams_and_love_scammers_are_romance_scams() -> None:
    assert "romance scam" in names(run("Victims of relationship scams lost their savings, police said."),
                                   Label.SCAM_TYPE)
    assert "romance scam" in names(run("The workers were forced to act as love scammers online."), Label.SCAM_TYPE)


def test_a_scam_type_shared_across_or_gives_both_types() -> None:
    batch = run("Dozens of students were trapped abroad because of employment or relationships scams.")
    assert {"job scam", "romance scam"} <= names(batch, Label.SCAM_TYPE)

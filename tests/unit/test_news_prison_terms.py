"""A prison term told as "X received 8 years" or "was jailed for 8 years" is a sentencing, which the
golds count as a charge: X is charged on it (audit 39I: a second defendant of a Vietnamese trial and
an interpreter were never linked to their sentences)."""

from tests.unit.test_news_extraction import facts, run

TOLD = "The People's Court of Lam Ha on Monday sentenced Dao Minh Khoa to 12 years in prison for trafficking. "


def test_a_term_received_is_a_sentence() -> None:
    batch = run(TOLD + "Vo Thi Lanh received 8 years for the same offence.")
    assert ("CHARGED", "charge@2026-10-12", "Vo Thi Lanh", None) in facts(batch)


def test_people_jailed_are_charged_and_counted() -> None:
    batch = run("A court on Monday jailed four Chinese nationals for 10 years each.")
    assert ("CHARGED", "charge@2026-10-12", "CN", 4) in facts(batch)


def test_a_call_received_is_no_sentence() -> None:
    assert facts(run("Vo Thi Lanh received a call from the recruiter on Monday.")) == set()

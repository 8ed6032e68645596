"""A day told behind a participle of a decision about an act, right after the act's noun ("an
extradition approved by a Thai court in 2024", "the deportation ordered last year") is the day of the
decision: the act keeps the day its own clause tells ("handed him over on Tuesday")."""

from tests.unit.test_news_extraction import events, facts, run


def test_an_extradition_approved_years_before_takes_the_handovers_day() -> None:
    batch = run("Laos handed Wu Kaiming over to Chinese police at Wattay airport on Tuesday, completing an "
                "extradition approved by a Lao court in 2023.")
    assert ("EXTRADITED", "extradition@2026-10-13", "Wu Kaiming", None) in facts(batch)
    assert "extradition@2023" not in events(batch)


def test_a_deportation_ordered_before_is_not_dated_by_the_order() -> None:
    batch = run("Immigration officers deported 14 Chinese nationals on Monday under a deportation ordered "
                "in August by the immigration board.")
    assert "deportation@2026-10-12" in events(batch)
    assert not any(name.startswith("deportation@2026-08") for name in events(batch))

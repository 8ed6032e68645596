"""A body named only as a named speaker's employer ("said Riau Islands police spokesperson <name>")
announces nothing: the person speaks (convention 3 of tests/corpus/README.md). An unnamed spokesperson
("a police spokesman said") speaks for the body, which announces."""

from tests.unit.test_news_extraction import facts, run


def _announcers(text: str) -> set[str]:
    return {source for rel, source, _target, _count in facts(run(text)) if rel == "ANNOUNCED"}


def test_a_body_naming_a_named_speaker_s_employer_announces_nothing() -> None:
    assert "Riau Islands police" not in _announcers(
        "Eleven suspects were held on Batam island on Monday, said Riau Islands police spokesperson "
        "Ardi Wirawan.")


def test_a_body_whose_unnamed_spokesperson_speaks_announces() -> None:
    assert _announcers("The suspects were arrested on Monday, a Philippine National Police spokesperson said.")


def test_a_named_speaker_with_a_rank_or_set_off_after_the_name_speaks_for_no_body() -> None:
    # (probes of Philippine and Myanmar border reporting, session 26: the rank or the apposition hid the name)
    assert "Philippine National Police" not in _announcers("PNP spokesperson Col. Rosa Lim said 40 people were arrested.")
    assert "Border Guard Force" not in _announcers("Saw Lin Htet, a BGF spokesman, said 320 Kenyans were freed on Monday.")
    assert "Border Guard Force" in _announcers("A BGF spokesman said 320 Kenyans were freed on Monday.")

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

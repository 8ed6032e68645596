"""Of two roles before a company's name ("a tycoon and chairman of the X Group", "a gambling boss and
founder and chairman of"), the one the company's "of" belongs to says what the person is to it:
a business role there means the person directs the company, whatever role came first (75). A
role that is not a business one ("a lawyer at the X Group") still makes the company the employer."""

from tests.unit.test_news_extraction import facts, run


def _ties(text: str) -> set[str]:
    return {fact[0] for fact in facts(run(text)) if fact[0] in {"WORKS_FOR", "DIRECTS"}}


def test_a_tycoon_and_chairman_directs_the_group() -> None:
    assert _ties("Britain imposed sanctions on four people, including Lim Kok Seng, a 41-year-old Malaysian "
                 "tycoon and chairman of the Crimson Tide Group.") == {"DIRECTS"}


def test_a_boss_and_founder_directs_the_group() -> None:
    assert _ties("Police are looking for Lim Kok Seng, a gambling boss and founder and chairman of the "
                 "Crimson Tide Group.") == {"DIRECTS"}


def test_a_lawyer_at_the_group_works_for_it() -> None:
    assert _ties("Lim Kok Seng, a lawyer at the Crimson Tide Group, was arrested on Monday.") == {"WORKS_FOR"}

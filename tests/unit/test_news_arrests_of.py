""""The arrests of N <demonym> men" names the people of the arrests as "the arrest of" does: the
plural act noun with "of" after it counts its people. A demand for such arrests counts no one.
Names, places and numbers are invented."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(kind, end, count) for kind, _, end, count in facts(run(text)) if count is not None}


def test_the_arrests_of_counted_people() -> None:
    found = _counted("Officers in Ipoh broke up a loan syndicate with the arrests of nine Laotian men "
                     "at a shophouse in Ipoh on 6 June 2025.")
    assert ("ARRESTED", "LA", 9) in found


def test_plural_and_singular_nouns_count_alike() -> None:
    plural = _counted("The arrests of 14 Cambodian nationals followed a raid on a warehouse in Kuantan on 2 March 2025.")
    singular = _counted("The arrest of 14 Cambodian nationals followed a raid on a warehouse in Kuantan on 2 March 2025.")
    assert plural == singular and any(f[2] == 14 for f in plural)


def test_arrests_called_for_count_no_one() -> None:
    found = _counted("Activists in Kuantan called for the arrests of 30 Laotian men.")
    assert not {f for f in found if f[2] == 30}

"""People counted as "abducted" or "kidnapped": the kidnapping's victims, with their number; only the
passive participle right after the people counts them ("the gang that abducted him" counts no one)."""

from tests.unit.test_news_extraction import facts, run


def _kidnapped(found: set[tuple[str, str, str, object]]) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in found if f[0] == "AFFECTED" and f[1].startswith("kidnapping@")}


def test_people_counted_as_abducted_are_the_kidnapping_victims() -> None:
    text = "Four Peruvians were abducted in Laos last week, the embassy in Vientiane said.\n"
    assert ("PE", 4) in _kidnapped(facts(run(text)))


def test_an_aside_on_their_abduction_counts_them_too() -> None:
    text = ("A group of 12 Chilean nationals, who were kidnapped by a gang while on their way to Bangkok, "
            "have returned to Chile.\n")
    found = facts(run(text))
    assert ("CL", 12) in _kidnapped(found)
    assert any(f[0] == "REPATRIATED" and f[2:] == ("CL", 12) for f in found)


def test_a_crime_named_kidnapping_is_no_count_of_victims() -> None:
    text = "At least 40 Chilean nationals accused of fraud and kidnapping were deported from Lima.\n"
    found = facts(run(text))
    assert not _kidnapped(found)
    assert any(f[0] == "DEPORTED" and f[2:] == ("CL", 40) for f in found)


def test_an_active_abduction_of_him_is_not_told_of_the_quoted_spokesperson() -> None:
    text = ("Police spokesperson Maria Soto said the victim gave no help in finding the gang that "
            "abducted him.\n")
    assert not any(f[2] == "Maria Soto" and f[0] in {"AFFECTED", "RESCUED"} for f in facts(run(text)))

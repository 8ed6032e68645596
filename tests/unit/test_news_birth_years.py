"""A suspect's year of birth written beside the name ("Pham Van B (born in 1979)", "born 1991") is
no day of the act told about the suspect: the act keeps the day the sentence gives it, or none
(audit 20, page u01; audit page c17). Sentences are made up."""

from tests.unit.test_news_extraction import events, run


def test_a_birth_year_in_brackets_does_not_date_the_detention() -> None:
    batch = run("On Tuesday, provincial police decided to temporarily detain Pham Van Binh (born in 1979) "
                "and Do Thi Hoa (born in 1992) for organising illegal exits.")
    assert "detention@2026-10-13" in events(batch)
    assert not [key for key in events(batch) if key.endswith(("1979", "1992"))]


def test_a_full_birth_date_does_not_date_the_arrest() -> None:
    batch = run("Police arrested Le Quoc Tuan, born on March 3, 1988, in District 5 for fraud.")
    assert not [key for key in events(batch) if "1988" in key]
    assert [key for key in events(batch) if key.startswith("arrest")]


def test_a_year_that_is_no_birth_year_still_dates_the_event() -> None:
    batch = run("Police arrested Le Quoc Tuan in 1988 for fraud.")
    assert "arrest@1988" in events(batch)

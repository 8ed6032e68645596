"""A day told as a possessive ("Monday's raid", "This month's operations") dates the noun right
after it: an act word further on in the sentence takes none of it."""

from tests.unit.test_news_extraction import events, run


def test_a_possessive_day_dates_no_act_further_on() -> None:
    text = ("This month's sweeps look wider than before, though the tycoons whose towers hosted fraud rings, and who "
            "have faced arrest warrants abroad, remain free.\n")
    assert not any(key.startswith("warrant@2026") for key in events(run(text)))


def test_a_possessive_day_dates_its_own_act() -> None:
    text = "Monday's raid on the Lotus compound in Poipet netted 40 Kenyan workers, police said.\n"
    assert "raid@2026-10-12" in events(run(text))

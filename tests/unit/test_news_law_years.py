"""A year inside a law's name ("the Cybercrime Act of 2012") dates nothing: a charge laid under
it is not a charge of that year. Made-up texts."""

from datetime import date

from scamgraph.loaders.dates import find_dates
from tests.unit.test_news_extraction import events, run


def test_a_year_in_a_laws_name_is_no_date() -> None:
    assert find_dates("charged under the Anti-Fraud Act of 2009 and the Labour Code of 1998.", 0, date(2025, 5, 1)) == []
    (found,) = find_dates("arrested in 2009 under the Act.", 0, date(2025, 5, 1))
    assert found.value == "2009"


def test_a_charge_under_a_dated_law_keeps_no_date_of_the_law() -> None:
    batch = run("Prosecutors charged the three recruiters, Mara Tolentino, Jun Abad and Rey Sison, under the "
                "Anti-Fraud Act of 2009.")
    assert [key for key in events(batch) if key.startswith("charge")] == ["charge@"]

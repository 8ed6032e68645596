"""A demonym before a currency names money, not people: "paid in Thai Baht notes" makes no Thai
nationality (audit 11: l22), and "seized 60,000 Thai baht" is no count of 60,000 Thais, which
was added to the Thais arrested in the same sentence (found while checking l22's kind)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_demonym_before_a_currency_names_no_nationality() -> None:
    batch = run("The recruiter promised the two women a bonus paid in Thai Baht notes.")
    assert "Thailand" not in names(batch, Label.NATIONALITY)


def test_an_amount_in_a_countrys_money_is_no_count_of_its_people() -> None:
    batch = run("Police arrested 17 Thai nationals in Bavet and seized 60,000 Thai baht on Friday.")
    counts = {count for rel, _event, code, count in facts(batch) if rel == "ARRESTED" and code == "TH"}
    assert counts == {17}


def test_people_counted_with_their_demonym_still_count() -> None:
    batch = run("Police arrested 23 Chinese in Kandal on Friday.")
    assert {count for rel, _event, code, count in facts(batch) if rel == "ARRESTED" and code == "CN"} == {23}

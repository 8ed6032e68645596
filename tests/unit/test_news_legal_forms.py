"""A company keeps the legal form it is first written with ("Inc.", "Co., Ltd"), as the gold names it;
the key drops the form, so a later short writing of the same name is the same company."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_company_is_named_with_its_legal_form_and_its_short_form_is_the_same_company() -> None:
    batch = run("The Treasury sanctioned Blue Heron Network Inc. for hosting fraud sites. "
                "Blue Heron Network rented servers to the gangs.")
    organizations = {name.rstrip(".") for name in names(batch, Label.ORGANIZATION)}
    assert organizations == {"Blue Heron Network Inc"}


def test_the_second_part_of_a_two_part_legal_form_belongs_to_the_name() -> None:
    batch = run("Officials froze the accounts of Marlow Bay Holdings Co., Ltd, a firm that ran three casinos.")
    assert names(batch, Label.ORGANIZATION) == {"Marlow Bay Holdings Co., Ltd"}


def test_a_comma_after_a_name_without_a_legal_form_adds_nothing() -> None:
    batch = run("Officials froze the accounts of Marlow Bay Holdings, Ltd Chan Wei said on Monday.")
    assert all(not name.endswith("Ltd") for name in names(batch, Label.ORGANIZATION))

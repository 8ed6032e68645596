"""Payment and marketplace firms of the scam economy are named like people by their head word
alone ("<Brand> Pay", "<Brand> Guarantee", "<Brand> Wallet"): these heads make a company, as
"Group" and "Holdings" do. Made-up brands."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_payment_or_guarantee_brand_is_an_organization_not_a_person() -> None:
    batch = run("Lotus Pay was cut off from the US financial system on Monday, and Harbour Guarantee "
                "and Jade Wallet were sanctioned for selling stolen data to scam compounds.")
    assert {"Lotus Pay", "Harbour Guarantee", "Jade Wallet"} <= names(batch, Label.ORGANIZATION)
    assert names(batch, Label.PERSON) == set()


def test_the_plain_verb_pay_names_nothing() -> None:
    batch = run("Police in Manila said the suspects would pay the fines on Monday.")
    assert names(batch, Label.ORGANIZATION) == set()

"""Charges a defendant pleads to, denies or admits are the matter of a plea, not charges laid then:
no second, undated charge beside the indictment the story dates. Made-up texts."""

from tests.unit.test_news_extraction import events, run


def charges(text: str) -> list[str]:
    return [key for key in events(run(text)) if key.startswith("charge")]


def test_charges_denied_or_pleaded_to_make_no_charge_of_their_own() -> None:
    assert not charges("At the hearing in Kampot, the defendant denied all charges.")
    assert not charges("Three of the women pleaded guilty to certain charges that they had earlier contested.")


def test_a_plea_beside_a_dated_indictment_leaves_one_charge() -> None:
    found = charges("Prosecutors indicted Sok Dara and four others in March 2024. At trial, the five admitted to "
                    "the charges, the court said.")
    assert found == ["charge@2024-03"]


def test_charges_laid_stay_a_charge() -> None:
    assert charges("Prosecutors in Kampot filed fraud charges against the five men on Monday.")

"""Charges named after "on" with modifiers between ("for trial on online fraud-related charges",
"held on human trafficking charges") are the ground of a trial or an arrest, no charge laid then
(article 78; the two-word form "on fraud charges" was already read so). Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_charges_after_on_and_modifiers_are_a_ground() -> None:
    assert "charge" not in _kinds("He was flown to Shanghai for trial on online fraud-related charges.")
    assert "charge" not in _kinds("The broker is being held on serious human trafficking charges.")


def test_charges_filed_are_still_a_charge() -> None:
    assert "charge" in _kinds("Prosecutors filed charges on Monday against six recruiters.")
    # "on Monday" dates the arrest, and "face" lays the charges
    assert "charge" in _kinds("The three men arrested on Monday face charges of trafficking.")

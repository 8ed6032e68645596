"""Property confiscated by a court's judgment, told among fines and prison terms ("were fined,
had their assets confiscated, or were ordered deported"), is a penalty, not a seizure made in an
operation; like the deportations a court orders beside them (audit j12, e05, e06)."""

from tests.unit.test_news_extraction import events, run


def test_assets_confiscated_by_a_sentence_make_no_seizure() -> None:
    found = events(run("The court in Xiamen sentenced nine members of the ring to prison; several were fined or had "
                       "their houses confiscated."))
    assert not any(key.startswith("seizure") for key in found)


def test_a_seizure_in_a_raid_is_still_one() -> None:
    found = events(run("Officers confiscated 40 phones and two cars from the house on Monday."))
    assert any(key.startswith("seizure") for key in found)

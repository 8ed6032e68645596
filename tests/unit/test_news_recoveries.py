"""Goods "recovered" or "retrieved" in a raid are a seizure; people recovered are not."""

from tests.unit.test_news_extraction import events, run


def test_phones_and_computers_recovered_in_a_raid_are_a_seizure() -> None:
    found = events(run("Police raided a hotel in Galle on Tuesday and said they had recovered 61 mobile phones, "
                       "20 computers and several SIM cards during the raid."))
    assert any(key.startswith("seizure@") for key in found)


def test_items_retrieved_in_the_passive_are_a_seizure() -> None:
    found = events(run("Officers raided three houses in Tema. Several items linked to the suspects were "
                       "retrieved during the operation, officials said."))
    assert any(key.startswith("seizure@") for key in found)


def test_bodies_or_victims_recovered_are_no_seizure() -> None:
    found = events(run("The bodies of two workers were recovered from the river near the compound, and "
                       "three victims recovered from their injuries in hospital."))
    assert not any(key.startswith("seizure@") for key in found)


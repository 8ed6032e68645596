"""A body named as a prop in a scam compound ("a fake Ruritanian police station", "a mock-up set
resembling an Atlantean police office") is no agency of the story (development articles 88 and
124). A word of imitation that belongs to another phrase ("counterfeit stamps," the commissioner
said) leaves the next name alone. Sentences and names are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_fake_police_station_is_no_agency() -> None:
    agencies = _agencies("Officers raided a compound in Kampot on Monday and found a fake Indonesian police station "
                         "used to frighten victims.")
    assert not [name for name in agencies if "police station" in name.lower()]


def test_a_set_resembling_a_police_station_is_no_agency() -> None:
    assert _agencies("Inside, soldiers found a mock-up set resembling a Thai police station and dozens of phones.") == set()


def test_a_replica_or_a_mock_office_of_a_police_force_is_no_agency() -> None:
    assert _agencies("Soldiers found rooms in the building, among them a replica of a Chinese police station.") == set()
    assert _agencies("Inside the compound, soldiers found a mock Singapore Police Force office and dozens of phones.") == set()


def test_a_word_of_imitation_in_another_phrase_leaves_the_agency() -> None:
    agencies = _agencies("The recruiters handed out counterfeit visas, the Philippine Bureau of Immigration said on Monday.")
    assert "Philippine Bureau of Immigration" in agencies


def test_a_raid_staged_by_the_police_keeps_its_agency() -> None:
    assert "Royal Thai Police" in _agencies("The raid, staged by the Royal Thai Police on Monday, freed 40 Kenyans.")

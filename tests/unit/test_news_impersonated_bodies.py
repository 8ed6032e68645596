"""A body named only as what scammers fake or pose as is a prop or a disguise, not a body of the
story: "a fake <people> police station", "a set resembling a <people> police station", "callers
posing as <people> police", "pretending to be officers or officials of the <body>". Where the
story names the real body elsewhere, it is read there. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_fake_police_station_is_no_body() -> None:
    text = "Police in Kampot found phones and a fake Malaysian police station set up to scare victims."
    assert "Malaysian police station" not in _agencies(text)


def test_a_set_resembling_a_police_station_is_no_body() -> None:
    text = "One room in the compound was a set resembling a Korean police station, officials said."
    assert not any("police station" in name for name in _agencies(text))


def test_callers_posing_as_police_name_no_body() -> None:
    text = "The 30 Koreans were arrested in Poipet for posing as Japanese police over the phone."
    assert "Japanese police" not in _agencies(text)


def test_officials_of_a_body_posed_as_name_no_body() -> None:
    text = "The callers, pretending to be officers or officials of the Bank Supervision Agency, took $9,000."
    assert "Bank Supervision Agency" not in _agencies(text)


def test_a_body_that_acts_is_still_read() -> None:
    text = "The Japanese police arrested 30 people who had posed as bank staff in Poipet."
    assert "Japanese police" in _agencies(text)


def test_a_replica_or_a_mock_office_of_a_police_force_is_no_body() -> None:
    assert _agencies("Soldiers found rooms in the building, among them a replica of a Chinese police station.") == set()
    assert _agencies("Inside the compound, soldiers found a mock Singapore Police Force office and dozens of phones.") == set()
    assert _agencies("Inside, soldiers found a mock-up set resembling a Thai police station and dozens of phones.") == set()


def test_a_word_of_faking_in_another_phrase_leaves_the_body() -> None:
    agencies = _agencies("The recruiters handed out counterfeit visas, the Philippine Bureau of Immigration said on Monday.")
    assert "Philippine Bureau of Immigration" in agencies


def test_a_raid_staged_by_the_police_keeps_its_body() -> None:
    assert "Royal Thai Police" in _agencies("The raid, staged by the Royal Thai Police on Monday, freed 40 Kenyans.")

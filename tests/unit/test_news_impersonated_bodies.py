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

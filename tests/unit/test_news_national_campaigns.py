"""A crackdown owned by a country, a capital or a government ("Hanoi's crackdown on loan sharks",
"the government's ongoing crackdown on gaming firms") is a national campaign told as background,
not one raid (audit pages c01, m03); a force's crackdown is still read as an operation."""

from tests.unit.test_news_extraction import events, run


def test_a_capitals_crackdown_told_as_a_cause_is_no_raid() -> None:
    batch = run("Diplomats said Hanoi's crackdown on loan sharks at home had driven some gangs abroad.")
    assert not any(key.startswith("raid") for key in events(batch))


def test_a_countrys_crackdown_discussed_at_a_meeting_is_no_raid() -> None:
    batch = run("At a meeting in Manila on March 3, officers discussed Indonesia's crackdown on online lenders.")
    assert not any(key.startswith("raid") for key in events(batch))


def test_a_police_crackdown_is_still_a_raid() -> None:
    batch = run("Police in Bavet arrested 33 Thai nationals in a crackdown on Friday.")
    assert any(key.startswith("raid") or key.startswith("arrest") for key in events(batch))

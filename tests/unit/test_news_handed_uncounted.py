"""People "handed over" with no number (probes of Thai and Cambodian
outlets, session 26; made-up places):
- "handed over Thai nationals to Thai authorities": the handover the sentence tells gets their
  nationality, uncounted, as "repatriated Thai nationals" already did;
- to another state's hands it is the deportation the sentence tells ("Chinese suspects to Thai police")."""

from tests.unit.test_news_extraction import facts, run


def test_uncounted_people_handed_to_their_own_state_are_its_handover() -> None:
    found = facts(run("Lotus police handed over Thai nationals to Thai authorities at the border on Friday."))
    assert any(r == "REPATRIATED" and t == "TH" and c is None for r, s, t, c in found), found


def test_uncounted_people_handed_to_another_state_are_deported() -> None:
    found = facts(run("Lotus police handed over Chinese suspects to Thai police at the border on Friday."))
    assert any(r == "DEPORTED" and t == "CN" for r, s, t, c in found), found

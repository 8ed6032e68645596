"""A handover made for questioning, investigation or trial, or on remand, is custody changing hands
inside a country, not a sending home, whatever the receiving body's name. Made-up texts."""

from tests.unit.test_news_extraction import events, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_suspect_handed_to_a_commission_for_questioning_is_no_repatriation() -> None:
    assert "repatriation" not in kinds("The manager, detained in Angeles on Monday, was handed over to the National "
                                       "Anti-Fraud Commission (NAFC) for further questioning.")


def test_suspects_handed_to_an_agency_on_remand_are_no_repatriation() -> None:
    assert "repatriation" not in kinds("A court in Multan handed over 40 of the suspects to the FCIA on three-day "
                                       "physical remand.")


def test_a_handover_for_repatriation_is_still_a_sending_home() -> None:
    assert "repatriation" in kinds("Cambodian officials handed over 30 Thai workers to the Thai embassy on Monday "
                                   "for repatriation.")

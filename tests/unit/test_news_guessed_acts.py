"""Acts told as a guess ("will probably be deported", "are likely to be sent home") or as a
threat ("face beatings or even death") are no events; the same acts told as done still are."""

from tests.unit.test_news_extraction import events, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_guess_is_no_act() -> None:
    assert "deportation" not in _kinds("Officials said the 17 Malaysians held in Kep will probably be deported to China.")
    assert "repatriation" not in _kinds("The commander said the 17 Malaysians were likely to be sent home.")
    assert "deportation" in _kinds("Officials said the 17 Malaysians held in Kep will be deported to China on Friday.")


def test_a_threat_is_no_act() -> None:
    assert "death" in _kinds("One worker died after a beating by the guards, his family said.")
    assert "death" not in _kinds("Workers who miss targets face beatings or even death if they try to run away.")

"""Acts told as a guess ("will probably be deported", "are likely to be sent home"), as a threat
("face beatings or even death") or as forbidden ("barred its nationals from visiting"), an army
taking a compound ("captured the X compound") and a crackdown on money ("financial crackdowns") are
no events of their kind; the same acts told as done still are."""

from tests.unit.test_news_extraction import events, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_guess_is_no_act() -> None:
    assert "deportation" not in _kinds("Officials said the 17 Malaysians held in Kep will probably be deported to China.")
    assert "repatriation" not in _kinds("The commander said the 17 Malaysians were likely to be sent home.")
    assert "deportation" in _kinds("Officials said the 17 Malaysians held in Kep were deported to China on Friday.")


def test_a_threat_is_no_act() -> None:
    assert "death" in _kinds("One worker died after a beating by the guards, his family said.")
    assert "death" not in _kinds("Workers who miss targets face beatings or even death if they try to run away.")


def test_what_is_forbidden_is_not_done() -> None:
    assert "visit" not in _kinds("Tokyo barred its nationals on Wednesday from visiting parts of Laos and sent officials "
                                 "to look into fake job offers.")
    assert "visit" in _kinds("Japan's foreign minister visited Vientiane on Wednesday.")


def test_a_compound_taken_and_a_crackdown_on_money_are_no_arrest_or_raid() -> None:
    assert "arrest" not in _kinds("The army says it has captured the Silver Reed compound near Payathonzu.")
    assert "arrest" in _kinds("Soldiers captured the compound's manager, a Chinese national, on Monday.")
    assert "raid" not in _kinds("In one of the biggest financial crackdowns yet, Canada froze $2 billion tied to the firm.")

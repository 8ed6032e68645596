"""A handover to a body of the law named by a town or a station of several words ("handed over to
the Ban Khok Sung District police") is custody changing hands where the people are, as "handed over
to Lao police" is: no one is sent home, so no repatriation is made (round 30: the receiver's words
were read only three words deep). Made-up sentences, places and numbers."""

from tests.unit.test_news_extraction import events, facts, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_suspects_handed_to_a_town_police_are_no_repatriation() -> None:
    text = ("Rangers searched a guesthouse in Pai on Monday and arrested 31 people. All of them were later "
            "handed over to the Ban Khok Sung police, a ranger unit said.")
    batch = run(text)
    assert "repatriation" not in kinds(text)
    assert not any(fact[0] == "PARTICIPATED_IN" and fact[2].startswith("repatriation") for fact in facts(batch))


def test_a_long_station_name_before_its_kind_word_is_still_custody() -> None:
    text = "The workers were later handed over to the Nong Ya Plong District Immigration officers."
    assert "repatriation" not in kinds(text)


def test_a_handover_to_a_country_is_still_a_sending_home() -> None:
    text = "Border guards handed over 46 Chinese nationals to China at the Ruili crossing on Friday."
    assert kinds(text) & {"repatriation", "deportation"}


def test_a_handover_to_an_embassy_is_still_a_sending_home() -> None:
    text = "Lao authorities handed over 29 Indians to the Indian Embassy in Vientiane on Friday."
    assert "repatriation" in kinds(text)

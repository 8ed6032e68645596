"""Acts only made possible (session 51, events the reader made that no gold answers): a
participle after "(to) be" that an aim or a step still to come would enable ("to help the
stranded workers be evacuated", "papers that will allow them to be sent home") tells no act
done; the same verbs in the past ("helped 40 workers be freed") or a done act told beside them
still give their events."""

from tests.unit.test_news_extraction import events, run


def test_an_act_an_aim_would_help_along_is_no_event() -> None:
    text = ("The foreign ministry is working with officials in Dravonia to help the 30 Kelvani "
            "citizens stranded near Ostrel be evacuated.\n")
    assert events(run(text)) == {}
    assert "rescue@2026-10-12" in events(run(  # (the verb in the past: the act was done)
        "Dravonian troops helped 40 Kelvani workers be rescued from a compound in Ostrel on Monday.\n"))


def test_an_act_a_step_to_come_will_allow_is_no_event() -> None:
    text = ("The 60 men are in Ostrel, and we are completing the papers that will allow them to be "
            "repatriated to Kelvan, the envoy said.\n")
    assert events(run(text)) == {}
    assert "repatriation@2026-10-12" in events(run(  # (a done act told beside the aim)
        "The embassy worked to help the 25 Kelvani citizens be repatriated, and they were flown home "
        "on Monday.\n"))

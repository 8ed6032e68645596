"""Every act of a list that a verb of asking asks for is asked for, plurals too ("pressed for
arrests and extraditions", "called for rescues and repatriations"): none is done (the closed
class of act nouns joined by "and" after "for"; audit l27)."""

from tests.unit.test_news_extraction import events, run


def test_both_acts_pressed_for_are_no_events() -> None:
    found = events(run("The gangs grew strong until Beijing pressed for arrests and extraditions in 2021."))
    assert not any(key.startswith(("arrest", "extradition")) for key in found)


def test_both_acts_called_for_are_no_events() -> None:
    found = events(run("Rights groups called for rescues and repatriations of the trapped workers."))
    assert not any(key.startswith(("rescue", "repatriation")) for key in found)


def test_acts_done_are_still_events() -> None:
    found = events(run("Beijing secured the extraditions of 40 suspects from Laos on Monday."))
    assert any(key.startswith("extradition") for key in found)

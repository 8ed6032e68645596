"""Acts asked for together ("urged arrests and deportations", "called for the arrest and
extradition of") are all asked for: the second act after "and" is no event either, in the
plural as in the singular (audit 11: l27)."""

from tests.unit.test_news_extraction import events, run


def test_plural_acts_pressed_for_together_are_no_events() -> None:
    batch = run("Last year Hanoi urged arrests and deportations of the ring members.")
    assert not any(key.startswith(("deportation", "arrest")) for key in events(batch))


def test_an_arrest_and_extradition_called_for_are_no_events() -> None:
    batch = run("Rights groups called for the arrest and extradition of the three Kokang brothers.")
    assert not any(key.startswith(("extradition", "arrest")) for key in events(batch))


def test_acts_done_together_are_still_events() -> None:
    batch = run("Police arrested and deported 33 Vietnamese workers on Monday.")
    assert any(key.startswith("deportation") for key in events(batch))

"""People who "return home" came home: a repatriation, told as done ("managed to return home",
"were able to return home") but not as a prospect ("allowed to return home", "waiting to")."""

from tests.unit.test_news_extraction import events, run


def test_managing_to_return_home_is_a_return_done() -> None:
    assert "repatriation@" in events(run("The 31 Ugandans managed to return home with support from the "
                                         "Ugandan embassy."))
    assert "repatriation@2026-10-12" in events(run("They were able to return home on Monday."))  # (its day)


def test_a_return_home_allowed_or_awaited_is_no_event() -> None:
    assert not events(run("Workers who pass the screening would be allowed to return home."))
    assert not events(run("Dozens of victims were waiting to return home."))

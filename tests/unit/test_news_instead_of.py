"""An act named after "instead of" or "rather than" is the one not chosen ("allowed to leave on
their own instead of deporting them") and makes no event (grammar: a closed pair of words that
set an act aside; audit page l20)."""

from tests.unit.test_news_extraction import events, run


def test_an_act_set_aside_by_instead_of_makes_no_event() -> None:
    found = events(run("The 300 Vietnamese workers were given 30 days to leave the country instead of deporting them "
                       "at once."))
    assert not any(key.startswith("deportation") for key in found)


def test_an_act_set_aside_by_rather_than_makes_no_event() -> None:
    found = events(run("Officers warned the 12 Lao workers rather than arresting them."))
    assert not any(key.startswith("arrest") for key in found)


def test_the_act_itself_still_makes_one() -> None:
    found = events(run("Officers arrested the 12 Lao workers on Monday."))
    assert any(key.startswith("arrest") for key in found)

"""An act named as the object of an attempt ("attempts to rescue the nine residents") is a
try, not a thing done, like the "efforts to" the reader already skips (audit 11: l22)."""

from tests.unit.test_news_extraction import events, run


def test_an_act_only_attempted_is_no_event() -> None:
    batch = run("Officials said attempts to rescue the nine residents were continuing.")
    assert not any(key.startswith("rescue") for key in events(batch))


def test_attempts_to_send_people_home_are_no_repatriation() -> None:
    batch = run("The consulate made several attempts to repatriate the 12 workers.")
    assert not any(key.startswith("repatriation") for key in events(batch))


def test_a_rescue_told_as_done_after_an_attempt_still_counts() -> None:
    batch = run("After two failed attempts, Thai soldiers rescued 14 Laotian workers near Mae Sot on Friday.")
    assert any(key.startswith("rescue") for key in events(batch))

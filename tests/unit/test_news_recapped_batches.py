"""A sentence that ranks the people just told among others ("This is the first batch repatriated
from Cambodia this year") tells them again, no second sending home; a batch told with its own
verb is still the act."""

from tests.unit.test_news_extraction import events, run


def test_a_batch_ranked_again_is_no_second_sending_home() -> None:
    text = ("Two chartered flights brought back 58 fraud suspects from Laos on Monday.\nThis is the first batch "
            "repatriated from Laos this year, police said.\n")
    assert [key for key in events(run(text)) if key.startswith("repatriation")] == ["repatriation@2026-10-12"]


def test_a_batch_with_its_own_verb_is_the_act() -> None:
    text = "The first batch of 58 suspects was repatriated from Laos on Monday, police said.\n"
    assert "repatriation@2026-10-12" in events(run(text))

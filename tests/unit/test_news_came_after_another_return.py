"""What a return is said to come after is another act (audit 37l): "Laotian police escorted home 41
citizens on Saturday ... The return comes a month after the Laotian government brought back 300
nationals from Cambodia" keeps the 300 on that earlier return, never on the day's 41."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_return_a_story_comes_after_keeps_its_own_people() -> None:
    batch = run("Laotian police escorted home 41 citizens who had been expelled from the Philippines. The return "
                "comes a month after the Laotian government brought back 300 nationals from scam compounds in "
                "Cambodia.")
    hundreds = [f for f in facts(batch) if f[3] == 300]
    assert hundreds and all(not f[1].startswith("deportation") for f in hundreds)
    assert events(batch)["deportation@"] == {"type": "deportation", "count_deported": 41}

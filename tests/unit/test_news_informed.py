""""informed" with an addressee who is not the public tells one body's message to another body or
to the people it holds ("the bureau informed the border agency of their names", "informed the two
women of the counts they face"): the body announces nothing to the news. "informed that",
"informed reporters" and "informed the media" still tell the news (audit 35 page l03, audit 32
page i12)."""

from tests.unit.test_news_extraction import facts, run


def _announcers(text: str) -> set[str]:
    return {f[1] for f in facts(run(text)) if f[0] == "ANNOUNCED"}


def test_a_body_that_informed_another_body_announces_nothing() -> None:
    text = ("The Harbor Security Bureau informed the Lakeside border agency of the suspects' names, and "
            "in May the border agency arrested the nine suspects.")
    assert "Harbor Security Bureau" not in _announcers(text)


def test_informing_the_people_held_of_what_they_face_is_no_statement() -> None:
    text = "The Harbor Security Bureau informed the two women of the charges they face after their arrest on Monday."
    assert "Harbor Security Bureau" not in _announcers(text)


def test_informed_that_still_announces() -> None:
    text = "The Harbor Security Bureau informed that it had arrested nine suspects on Monday."
    assert "Harbor Security Bureau" in _announcers(text) or any(
        f[0] == "CONDUCTED" and f[1] == "Harbor Security Bureau" for f in facts(run(text)))


def test_informed_reporters_still_announces() -> None:
    text = "The Harbor Security Bureau informed reporters that nine suspects were arrested on Monday."
    assert "Harbor Security Bureau" in _announcers(text)

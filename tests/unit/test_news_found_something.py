"""Counted people as the subject of an active "found" with an object ("found justice", "found
themselves trapped") found something; nobody was found (English grammar; event-side audit h,
session 8: counted survivors of a trafficking case who "found justice" made a raid that FOUND
them, h11). Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def _found(text: str) -> set:
    return {f for f in facts(run(text)) if f[0] == "FOUND"}


def test_people_who_found_something_were_not_found() -> None:
    assert not _found("In May 2023, five Lao citizens, including one minor, found justice in a long trafficking case.")
    assert not _found("Five Lao citizens found justice in a long trafficking case.")
    assert not _found("Twenty Kenyan graduates found themselves locked inside a compound.")


def test_people_found_by_others_are_still_found() -> None:
    assert _found("Officers found 14 Lao nationals inside the building on Friday.")
    assert _found("Nine Vietnamese found in raid on Bavet casino.")

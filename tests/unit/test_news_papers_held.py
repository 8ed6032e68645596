"""Papers "detained" ("whose passport was detained by the company", "detained his passport") are
papers held, no person's detention (audit 39E: a worker's complaint made a dated detention)."""

from tests.unit.test_news_extraction import events, run


def test_a_passport_detained_is_no_detention() -> None:
    assert events(run("A worker said his passport was detained by the company on Wednesday.")) == {}
    assert events(run("The company detained his passport on Wednesday.")) == {}


def test_people_detained_with_their_papers_are_still_detained() -> None:
    assert "detention@2026-10-14" in events(run("Police detained 40 workers and their passports on Wednesday."))

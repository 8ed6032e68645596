"""People freed told after a release and a boss's arrest are the release's, never the arrest's:
"More than 300 Filipinos were released this month ... after the arrest of a key figure. Between
January 2 and 17, 318 Filipinos ... after being released by syndicates". Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_people_released_are_not_counted_on_the_arrest() -> None:
    found = facts(run("More than 300 Filipinos were released this month from scam compounds in Cambodia, officials "
                      "said, after the arrest of a key figure. Between January 2 and 17, 318 Filipinos approached "
                      "the embassy in Phnom Penh seeking help after being \"released by scam syndicates,\" the "
                      "ambassador said."))
    assert not any(f[1].startswith("arrest") and f[0] == "RESCUED" for f in found)
    assert any(f[0] == "RESCUED" and f[3] == 318 for f in found)

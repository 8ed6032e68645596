"""People freed told after a release and a boss's arrest are the release's, never the arrest's:
"More than 250 Indonesians were released this month ... following the arrest of a ringleader. From
March 3 to 19, 264 Indonesians went to the consulate ... after being released by fraud syndicates".
Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_people_released_are_not_counted_on_the_arrest() -> None:
    found = facts(run("More than 250 Indonesians were released this month from fraud compounds in Laos, officials "
                      "said, following the arrest of a ringleader. From March 3 to 19, 264 Indonesians went to "
                      "the consulate in Vientiane asking for aid after being \"released by fraud syndicates,\" the "
                      "consul said."))
    assert not any(f[1].startswith("arrest") and f[0] == "RESCUED" for f in found)
    assert any(f[0] == "RESCUED" and f[3] == 264 for f in found)

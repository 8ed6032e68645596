"""People "taken into custody" are detained: the phrase and the count beside it tell one detention,
not an empty arrest beside a counted detention (article 93, whose annotators write a detention;
audit pages b05, c13, d20, h06, h10, where one act became two events). Tests in made-up words."""

from tests.unit.test_news_extraction import events, facts, run


def test_people_taken_into_custody_make_one_detention() -> None:
    batch = run("Twelve Thai nationals were taken into custody by Cambodian police in Poipet on Monday.")
    assert [key for key in events(batch) if key.startswith(("arrest", "detention"))] == ["detention@2026-10-12"]
    assert ("DETAINED", "detention@2026-10-12", "TH", 12) in facts(batch)


def test_an_arrest_is_still_an_arrest() -> None:
    assert "arrest@2026-10-12" in events(run("Cambodian police arrested twelve Thai nationals in Poipet on Monday."))

"""Victims or workers rescued or brought home with no demonym of their own, in a story that names
one people only, are that people; not where the phrase or the sentence says otherwise, nor where
that one people is told only as suspects. Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_victims_brought_home_in_a_story_about_one_people_are_that_people() -> None:
    found = facts(run("Dozens of Peruvian nationals were trafficked to Laos last year. "
                      "Officials said 12 victims had been rescued and repatriated."))
    assert ("REPATRIATED", "repatriation@", "PE", 12) in found


def test_foreign_victims_are_not_the_storys_people() -> None:
    found = facts(run("Dozens of Peruvian nationals were trafficked to Laos last year. "
                      "Police later rescued 40 foreign victims from a compound in Laos."))
    assert not any(f[2] == "PE" and f[3] == 40 for f in found)


def test_victims_in_a_story_about_suspects_of_one_people_are_anyones() -> None:
    found = facts(run("Police arrested 15 Peruvian nationals in a raid on a casino in Laos. "
                      "Officers also rescued 40 victims from the building."))
    assert not any(f[2] == "PE" and f[3] == 40 for f in found)


def test_a_sentence_naming_a_people_keeps_its_count_its_own() -> None:
    found = facts(run("Dozens of Peruvian nationals were trafficked to Laos last year. "
                      "Police rescued 90 workers, many of them Bolivian, from a compound in Laos."))
    assert not any(f[2] == "PE" and f[3] == 90 for f in found)

"""A noun for the people of an act ("the deportees", "the returnees") names the people counted
before: "The deportees were arrested on May 3" counts them on the arrest, past an aside that parts
them by sex ("including 9 women"); "40 of the deportees were Thai nationals" counts a part of them
on the act the noun names, with no day of the sentence's telling."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_deportees_told_again_are_the_people_counted_before() -> None:
    found = facts(run("Laos deported 52 Vietnamese suspects to Hanoi on Monday. The deportees, including 9 women, "
                      "were arrested on October 3 by Lao police during raids on four buildings."))
    assert ("ARRESTED", "raid@2026-10-03", "VN", 52) in found
    assert not any(f[3] == 9 for f in found)


def test_the_part_by_sex_is_not_the_number_arrested() -> None:
    batch = run("Laos deported 52 Vietnamese suspects to Hanoi on Monday. The deportees, including 9 women, "
                "were arrested on October 3 by Lao police during raids on four buildings.")
    assert events(batch)["raid@2026-10-03"]["count_arrested"] == 52


def test_a_part_of_the_deportees_by_nationality_is_counted_on_the_deportation() -> None:
    batch = run("Laos deported 75 foreigners on October 5 and 6. Under a statement of October 6 from the "
                "immigration police, 40 of the deportees were Thai nationals, and the rest from Myanmar.")
    assert ("DEPORTED", "deportation@2026-10-05/2026-10-06", "TH", 40) in facts(batch)
    assert len(events(batch)) == 1


def test_a_part_of_other_people_is_no_deportation() -> None:
    found = facts(run("Laos deported 75 foreigners on October 5. Police said 40 of the guards were Thai nationals."))
    assert not any(f[0] == "DEPORTED" and f[2] == "TH" for f in found)

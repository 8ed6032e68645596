"""A raid that people fled is what they ran from, not the act the sentence tells; and a list of
plural demonyms ending in "-ese" ("Nepalese", "Sudanese") names people as "Kenyans" does."""

from scamgraph.loaders.news.fled_raids import fled_raid
from tests.unit.test_news_extraction import events, facts, run


def test_people_arrested_as_they_fled_raids_make_an_arrest_not_a_raid() -> None:
    found = events(run("Forty workers were arrested at the river on Monday as they fled escalating raids on compounds in Ruritania.\n"))
    assert "arrest@2026-10-12" in found
    assert not any(key.startswith("raid") for key in found)


def test_fleeing_during_a_raid_still_tells_the_raid() -> None:
    lower = "dozens fled during the raid on monday".split()
    assert not fled_raid(lower, lower.index("raid"), 0)
    lower = "they were fleeing the renewed raids".split()
    assert fled_raid(lower, lower.index("raids"), 0)
    found = events(run("Police raided a compound on Monday and arrested 40 workers; a dozen fled during the raid.\n"))
    assert "raid@2026-10-12" in found


def test_a_list_ending_in_an_ese_demonym_names_people() -> None:
    found = facts(run("On Monday soldiers detained the group, including Kenyans, Ugandans and Sudanese.\n"))
    assert {f[2] for f in found if f[0] == "DETAINED"} == {"KE", "UG", "SD"}
    found = facts(run("On Monday soldiers detained the group, including Kenyans, Nepalese, and nationals from Egypt and Rwanda.\n"))
    assert {f[2] for f in found if f[0] == "DETAINED"} == {"KE", "NP", "EG", "RW"}


def test_raids_told_as_the_times_of_an_arrest_are_no_raid_of_it() -> None:
    found = events(run("Forty workers were arrested at the river on Monday as the army intensifies raids on compounds.\n"))
    assert "arrest@2026-10-12" in found and not any(key.startswith("raid") for key in found)
    found = events(run("Police arrested 40 workers on Monday amid raids on compounds.\n"))
    assert "arrest@2026-10-12" in found and not any(key.startswith("raid") for key in found)
    found = events(run("Police have stepped up raids, arresting 40 workers on Monday.\n"))
    assert "raid@2026-10-12" in found  # (no "as" or "amid": the raids are the act)


def test_a_campaign_pressed_later_is_not_the_arrest_told_before() -> None:
    text = ("Dozens of workers were arrested at the river after crossing the border.\n\n"
            "Soldiers detained the group, including Kenyans and Ugandans, in a village nearby.\n\n"
            "The army has been stepping up raids on compounds across the border.\n")
    found = facts(run(text))
    assert {f[2] for f in found if f[0] == "ARRESTED" and f[1] == "arrest@"} == {"KE", "UG"}


def test_an_escape_told_before_the_raid_it_led_to_is_not_on_its_day() -> None:
    text = ("Police found 30 Bolivians in a raid on a house in Arica on Monday.\n\n"
            "The operation was launched after two captives escaped from the house and called the police.\n")
    found = events(run(text))
    assert "escape@" in found and "raid@2026-10-12" in found
    text = "Police raided a house in Arica on Monday. Dozens of workers escaped during the raid.\n"
    assert "escape@2026-10-12" in events(run(text))

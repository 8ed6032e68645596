"""People told again as "the group" ("After their release in August, the group was detained at a
police station") are those the story counted: the act gets their nationality and number. A sending
home told again of them ("deported 110 Bolivians ... The group was repatriated aboard a hired
plane") is the same sending, not a second one."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_group_is_the_people_counted_before() -> None:
    text = ("Sixteen Bolivian workers returned home on Monday. After their release in August, the group was "
            "detained at a police station.\n")
    assert any(f[0] == "DETAINED" and f[2:] == ("BO", 16) for f in facts(run(text)))


def test_a_sending_home_told_again_of_the_group_is_one_sending() -> None:
    found = events(run("Peru on Saturday deported 110 Bolivian nationals. The group was repatriated aboard a hired plane.\n"))
    assert list(found) == ["deportation@2026-10-10"]
    assert "repatriation@2026-05" in events(run(
        "Peru on Saturday deported 110 Bolivian nationals. In May, Chile repatriated 40 Thai workers.\n"))

"""Two groups joined by "and", each told with its own place and day ("arrested 19 Chinese in
Poipet on Monday and 23 Thais in Bavet on Tuesday"), are two acts: each day's act has its own
people and its own place, and neither takes the other's."""

from tests.unit.test_news_extraction import events, facts, run

TEXT = "Police arrested 19 Chinese in Poipet on Monday and 23 Thais in Bavet on Tuesday.\n"


def test_each_day_is_an_act_of_its_own() -> None:
    found = events(run(TEXT))
    assert found["arrest@2026-10-12"]["count_arrested"] == 19
    assert found["arrest@2026-10-13"]["count_arrested"] == 23


def test_each_act_keeps_its_own_place() -> None:
    placed = {(f[1], f[2]) for f in facts(run(TEXT)) if f[0] == "OCCURRED_AT"}
    assert placed == {("arrest@2026-10-12", "Poipet"), ("arrest@2026-10-13", "Bavet")}


def test_each_month_is_an_act_of_its_own() -> None:
    found = events(run("Soldiers rescued 20 Thais in January and 30 Laotians in February.\n"))
    assert found["rescue@2026-01"]["count_rescued"] == 20
    assert found["rescue@2026-02"]["count_rescued"] == 30

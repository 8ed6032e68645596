"""Two events never share one node: an event retyped from a kind ("the arrest" then told as "this
operation", a raid) keeps its key, and a later event of the first kind gets a key of its own, not
the retyped one's, whose date and counts it overwrote (article 66, audit pages c10 and e34).
Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def test_an_arrest_told_after_the_retyped_one_keeps_the_raid_as_it_was() -> None:
    found = events(run("Police in Kampot have dismantled a ring of 40 Vietnamese nationals. All 40 suspects were "
                       "apprehended in Bokor. This operation was carried out with Cambodian police.\n\n"
                       "Separately, police arrested three recruiters in Hanoi in May 2026."))
    assert found["raid@"].get("count_arrested") == 40
    assert found["arrest@2026-05"].get("count_arrested") == 3
    assert "raid@2026-05" not in found

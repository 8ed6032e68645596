"""People described as held and then sent home (audits 37m, 36e): "Forty-eight South Koreans held in Laos
were sent home on Wednesday" counts the return, whatever words open the group ("A group of 48 ...");
so does "26 Ugandans rescued by authorities in Myanmar have reached home", beside their rescue."""

from tests.unit.test_news_extraction import facts, run


def test_people_held_then_sent_home_are_counted_on_the_return() -> None:
    assert ("REPATRIATED", "repatriation@2026-10-14", "KR", 48) in facts(run(
        "Forty-eight South Koreans held in Laos were sent home on Wednesday."))


def test_a_group_held_then_sent_home_is_counted_on_the_return() -> None:
    found = facts(run("A group of 48 South Koreans held in Laos over phone scams was sent home Wednesday to face "
                      "questioning."))
    assert ("REPATRIATED", "repatriation@2026-10-14", "KR", 48) in found


def test_people_arrested_then_sent_back_get_both_acts() -> None:
    found = facts(run("Forty Chinese arrested in Bavet on Monday were sent back on Friday."))
    assert {("ARRESTED", "arrest@2026-10-12", "CN", 40), ("REPATRIATED", "repatriation@2026-10-09", "CN", 40)} <= found


def test_people_rescued_who_have_reached_home_were_brought_home() -> None:
    found = facts(run("Twenty-six Ugandans rescued by authorities in Myanmar have reached home, landing at Entebbe on "
                      "Saturday."))
    assert ("REPATRIATED", "repatriation@2026-10-10", "UG", 26) in found
    assert ("RESCUED", "rescue@", "UG", 26) in found

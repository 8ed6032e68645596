"""An "action day" (the day police of several countries search and arrest together, as Europol's
statements call it) is a raid, dated by its own day; the searches and arrests told after it are
that raid's."""

from tests.unit.test_news_extraction import events, run


def test_an_action_day_is_a_raid_on_its_day_with_the_arrests_told_after_it() -> None:
    found = events(run("The joint action day, which took place in Lisbon and Porto, went ahead on March 3, the "
                       "statement said. Police carried out 14 house searches and arrested six people."))
    assert found == {"raid@2026-03-03": {"type": "raid", "date": "2026-03-03", "count_arrested": 6}}

"""Raids told as the past of other people keep out of the story's own raid:
- "In May, Laos deported 95 Malaysians - among 180 detained in raids in Bokeo": the raids are the
  180's past, so May does not date the story's raid, and the 180 are no part of the 95 deported
  (a spaced hyphen sets "among" off as a dash does);
- "were among 150 foreigners detained during raids", told first without a day, is the raid of May 28
  and 29 told later with the same count, and a closing "launched raids in late 2022" dates neither."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_deportation_among_a_larger_group_leaves_the_storys_raid_undated() -> None:
    batch = run("Lao police have detained more than 600 people in raids on fraud hubs, officials said. The "
                "detainees included at least 250 Chinese. In May, Laos deported 95 Malaysians - among 180 "
                "foreigners detained during raids on suspected fraud hubs in Bokeo.")
    found = events(batch)
    assert found["deportation@2026-05"]["count_deported"] == 95
    assert found["raid@"]["count_detained"] == 600
    assert ("DETAINED", "raid@", "CN", 250) in facts(batch)


def test_a_raid_counted_before_its_day_is_told_is_that_days_raid() -> None:
    batch = run("The Vietnamese citizens were among 140 foreigners detained during raids on fraud hubs in "
                "Bavet. Cambodia said on Saturday it deported 76 Vietnamese nationals across the border. They "
                "were among 140 foreigners detained during raids in Bavet on September 2 and 3, it said. "
                "Cambodian authorities launched large raids on fraud compounds in late 2022.")
    found = events(batch)
    assert found["raid@2026-09-02/2026-09-03"]["count_detained"] == 140
    assert "count_detained" not in found.get("raid@2022", {})
    assert "raid@" not in found

"""A second batch told with "another 52" or "52 more" and a day of its own in its clause ("31 freed
on June 11, with another 52 rescued near the frontier on June 17") is that day's act, with its own
people; the first keeps its own. Tests in made-up words."""

import pytest

from tests.unit.test_news_extraction import facts, run


@pytest.mark.parametrize("batch", ["another 52", "52 more"])
def test_the_second_batch_is_its_own_days_act(batch: str) -> None:
    found = facts(run(f"Rebels freed 31 Ghanaians on June 11, with {batch} rescued near the frontier on June 17."))
    assert ("RESCUED", "rescue@2026-06-11", "GH", 31) in found
    assert ("RESCUED", "rescue@2026-06-17", "GH", 52) in found


def test_a_day_of_telling_is_no_batchs_day() -> None:
    found = facts(run("Authorities have freed 19 more Ugandans from compounds in Myanmar, the foreign ministry said on "
                      "Tuesday."))
    assert ("RESCUED", "rescue@", "UG", 19) in found

"""A body that alleges something of a person ("British authorities allege that Wang ran a fraud
empire") accuses him: he does not work for it. Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_the_accused_does_not_work_for_his_accusers() -> None:
    found = facts(run("The assets belong to businessman Victor Wang, chairman of the Golden Lotus Group, prosecutors "
                      "said. British authorities allege that Wang ran a fraud empire through the group."))
    assert not any(f[0] == "WORKS_FOR" and "authorities" in f[2] for f in found)


def test_a_title_before_a_name_still_tells_the_employer() -> None:
    found = facts(run("British police spokesperson Amy Hart said 12 people were arrested on Monday."))
    assert any(f[0] == "WORKS_FOR" and f[1] == "Amy Hart" for f in found)

"""Acts pledged or priced are not done (audits 36e and 37n):
- "Both governments pledged closer intelligence-sharing and joint operations against fraud hubs"
  pledges operations: no raid, and the detention told next stays a detention;
- "offered a cash bounty for the arrest of its leaders" puts a price on an arrest: the sentence tells
  no arrest and dates none told before."""

from tests.unit.test_news_extraction import events, run


def test_pledged_joint_operations_make_no_raid() -> None:
    found = events(run("Both governments pledged closer intelligence-sharing and joint operations against criminal "
                       "hubs along the border. Thai border police detained 52 Laotians for unlawful entry."))
    assert "raid@" not in found
    assert found["detention@"]["count_detained"] == 52


def test_a_bounty_for_an_arrest_dates_no_arrest() -> None:
    found = events(run("The Ministry of Public Security has arrested more than 31,000 nationals in a long-running "
                       "campaign against fraud networks in the Wa region, officials said. On May 4, 2024, Chinese "
                       "police offered a cash bounty for the arrest of the family's leaders."))
    assert list(found) == ["arrest@"]

"""A paper released ("the group released on Wednesday a study built on talks with 41 survivors of
Laos's compounds") frees no one; raids told as a trend ("crime groups adapt as crackdowns grow")
are no raid of the story. Tests in made-up words."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_study_released_is_no_rescue() -> None:
    assert events(run("The rights group released on Wednesday a study built on talks with 41 survivors of Laos's "
                      "scamming compounds.")) == {}


def test_crackdowns_as_a_trend_are_no_raid() -> None:
    assert events(run("Crime groups are adapting as crackdowns grow, the UN agency said.")) == {}


def test_people_released_from_a_compound_are_still_freed() -> None:
    found = events(run("Police said 41 Thai workers were released from the compound on Wednesday."))
    assert found["rescue@2026-10-14"]["count_rescued"] == 41


def test_a_report_released_by_a_body_frees_no_one() -> None:
    # the participle follows the paper: the workers the report speaks of were detained, not freed
    found = facts(run("Police detained over 30 foreigners who had no permits at the site. A report released by a UN body "
                      "said no one knew whether the workers, who were from Indonesia, Malaysia and China, were victims "
                      "of trafficking."))
    assert not any(f[0] == "RESCUED" for f in found)
    assert ("DETAINED", "detention@", "MY", None) in found


def test_a_wanted_list_released_frees_none_of_its_ringleaders() -> None:
    found = events(run("Lotland's police released a wanted list including 10 bosses of fraud gangs in the border zone, "
                       "the ministry said on Sunday."))
    assert not any(event["type"] == "rescue" for event in found.values())

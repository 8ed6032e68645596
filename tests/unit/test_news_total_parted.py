"""A sentence opening with a partition of a total told before ("Out of the total,", "Of that
number,") parts the people the last event counted: "Out of the total, 310 people were from Nepal"
counts the Nepalis on that event, with its act."""

from tests.unit.test_news_extraction import facts, run


def test_a_part_of_the_total_counted_before_takes_its_event_and_act() -> None:
    found = facts(run("On Sunday soldiers stormed the compound and freed more than 900 people. The freed workers "
                      "were moved to a camp near the border. Out of the total, 310 people were from Nepal."))
    assert ("RESCUED", "raid@2026-10-11", "NP", 310) in found


def test_that_number_opens_the_same_partition() -> None:
    found = facts(run("On Sunday soldiers stormed the compound and freed more than 900 people. The freed workers "
                      "were moved to a camp near the border. Of that number, 310 were from Nepal."))
    assert ("RESCUED", "raid@2026-10-11", "NP", 310) in found


def test_without_the_partition_the_nationality_is_no_part_of_the_event() -> None:
    found = facts(run("On Sunday soldiers stormed the compound and freed more than 900 people. The freed workers "
                      "were moved to a camp near the border. Some 310 people were from Nepal."))
    assert not any(f[2] == "NP" and f[3] == 310 for f in found)

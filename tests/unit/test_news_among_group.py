"""People told again by their demonym as members of a larger group an act was done to: "The
Kenyans were among dozens of foreign workers rescued" says those people were rescued; and the
larger group after "among" is not what a verb before it was done to ("the rescued workers are among
222 Filipinos who sought help")."""

from tests.unit.test_news_extraction import facts, run


def test_people_among_a_group_an_act_was_done_to_take_that_act_with_their_count() -> None:
    batch = run("On Monday 25 Laotians arrived home from Myanmar. The Laotians were among several foreign "
                "nationals rescued by soldiers at a compound last week.")
    found = {(rel, code, count) for rel, _ev, code, count in facts(batch)}
    assert ("RESCUED", "LA", 25) in found


def test_the_number_of_the_larger_group_is_not_their_number() -> None:
    batch = run("The Thais were among 300 foreigners arrested in a raid on a compound on Monday.")
    found = {(rel, code, count) for rel, _ev, code, count in facts(batch)}
    assert ("ARRESTED", "TH", None) in found and ("ARRESTED", "TH", 300) not in found


def test_among_a_group_that_no_act_was_done_to_gives_no_edge() -> None:
    batch = run("On Monday 25 Laotians were arrested. The Laotians were among several foreign nationals working there.")
    assert not {code for rel, _ev, code, _count in facts(batch) if rel != "ARRESTED"} & {"LA"}


def test_the_larger_group_after_among_is_not_the_object_of_the_verb_before_it() -> None:
    batch = run("On Monday the rescued workers are among 222 Filipinos who sought help from the embassy in Yangon.")
    assert ("RESCUED", "PH", 222) not in {(rel, code, count) for rel, _ev, code, count in facts(batch)}

"""Numbers told with counted people that are no more people: an age ("a 19 year old Chinese
man"), a part of the people just counted ("10 Chinese nationals, six of whom were wanted"), and a
running total since a start no date tells ("Since the formation of the current government, a total of
48 ... have been repatriated"), which is no one event's count."""

from tests.unit.test_news_extraction import facts, run


def test_an_age_written_without_hyphens_is_no_count_of_people() -> None:
    batch = run("On Monday a 19 year old Chinese man, Tan Minghong, was arrested in Bangkok.")
    assert not {count for rel, _ev, code, count in facts(batch) if code == "CN" and count == 19}
    batch = run("On Monday police arrested five Chinese men aged 20 to 30 years old in Bangkok.")
    assert ("ARRESTED", "CN", 5) in {(rel, code, count) for rel, _ev, code, count in facts(batch)}


def test_a_part_of_the_people_just_counted_adds_no_people_to_them() -> None:
    batch = run("On Monday police apprehended 10 Chinese nationals, six of whom were wanted by Chinese authorities.")
    found = {(rel, code, count) for rel, _ev, code, count in facts(batch)}
    assert ("ARRESTED", "CN", 10) in found and ("ARRESTED", "CN", 16) not in found


def test_people_of_one_nationality_listed_twice_still_add_up() -> None:
    batch = run("On Monday police arrested eight Singaporean men, one Singaporean woman and two Thais.")
    assert ("ARRESTED", "SG", 9) in {(rel, code, count) for rel, _ev, code, count in facts(batch)}


def test_a_total_since_an_undated_start_is_no_count_of_the_day_told_before() -> None:
    batch = run("A group of 19 Sri Lankans returned home on Monday. Since the formation of the current government, "
                "a total of 48 Sri Lankans have been repatriated.")
    found = {(rel, code, count) for rel, _ev, code, count in facts(batch)}
    assert ("REPATRIATED", "LK", 48) not in found and ("REPATRIATED", "LK", 19) in found

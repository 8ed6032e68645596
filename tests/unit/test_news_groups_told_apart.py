"""Groups of people a sentence tells side by side: a clause on their parts set off by commas
("The 30 Ugandans, of whom 21 were women, were flown home") leaves the whole its verb; a list of
a people and of people of no nationality ("Eight Thai nationals and 45 foreigners were arrested")
counts every item; a further group on a day of its own ("and another 13 on Tuesday") is the same
act's, on that day, of the people counted before it."""

from tests.unit.test_news_extraction import counts_of, events, facts, run



def test_a_clause_on_their_parts_leaves_the_whole_its_verb() -> None:
    assert ("REPATRIATED", "UG", 30) in counts_of("The 30 Ugandans, of whom 21 were women, were flown home on Tuesday.\n")


def test_a_people_and_foreigners_are_summed() -> None:
    found = events(run("Eight Peruvian nationals and 45 foreigners were arrested in Lotown.\n"))
    assert [props.get("count_arrested") for props in found.values()] == [53]


def test_a_further_group_on_its_own_day() -> None:
    text = "Police arrested 27 Chinese on Monday and another 13 on Tuesday.\n"
    counted = counts_of(text)
    assert ("ARRESTED", "CN", 27) in counted
    assert any(rel == "ARRESTED" and nat == "CN" and count == 13 for rel, nat, count in counted)
    assert len([key for key in events(run(text)) if key.startswith("arrest@")]) == 2


def test_a_further_group_with_no_day_is_not_split() -> None:
    found = events(run("Police arrested 27 Chinese on Monday and another 13.\n"))
    assert len(found) == 1


def test_a_part_set_off_after_the_whole_leaves_the_whole_its_verb() -> None:
    found = run("137 foreigners, 80 of them Chinese, were arrested in Lotown.\n")
    assert [props.get("count_arrested") for props in events(found).values()] == [137]
    assert ("ARRESTED", "CN", 80) in {(f[0], f[2], f[3]) for f in facts(found)}


def test_an_age_inside_the_aside_closes_it() -> None:
    assert ("REPATRIATED", "VN", 19) in counts_of("The 19 victims, all Vietnamese aged under 30, were repatriated.\n")


def test_parts_of_a_whole_of_no_nationality_in_a_list_add_nothing() -> None:
    text = "Among those detained were 317 Lao nationals and 454 foreigners, including 333 Chinese and 40 Thais.\n"
    assert [props.get("count_detained") for props in events(run(text)).values()] == [771]

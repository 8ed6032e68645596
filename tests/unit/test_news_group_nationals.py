"""People listed by name out of a definite group the story already told of ("The rescued men have
been identified as ...", "The returnees include:" and a line of names) take the one nationality of
people the story has told of; with two nationalities told, or none, they take none. The one person
a sentence counted, identified by name in the next ("The man was identified as ..."), had its act done
to them."""

from tests.unit.test_news_extraction import facts, run


def nationals(batch) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(batch) if f[0] == "HAS_NATIONALITY"}


def test_a_definite_group_listed_by_name_takes_the_nationality_told() -> None:
    batch = run("Twelve Nepali workers were rescued from a scam compound on Monday. "
                "The rescued workers have been identified as Ram Bahadur Thapa, Sita Gurung and Hari Lama.")
    assert {("Ram Bahadur Thapa", "NP"), ("Sita Gurung", "NP"), ("Hari Lama", "NP")} <= nationals(batch)


def test_a_list_on_the_line_after_the_returnees_include() -> None:
    batch = run("Twelve Nepali workers returned home on Monday.\nThe returnees include:\n"
                "- Ram Bahadur Thapa, Sita Gurung and Hari Lama.")
    assert ("Sita Gurung", "NP") in nationals(batch)


def test_two_nationalities_told_leave_the_listed_people_without_one() -> None:
    batch = run("Twelve Nepali and eight Indian workers were rescued on Monday. "
                "The rescued workers have been identified as Ram Bahadur Thapa, Sita Gurung and Hari Lama.")
    assert not nationals(batch)


def test_a_group_that_is_not_definite_gives_no_nationality() -> None:
    batch = run("Twelve Nepali workers were rescued on Monday. "
                "Officials identified as suspects Ram Bahadur Thapa, Sita Gurung and Hari Lama.")
    assert not nationals(batch)


def test_the_one_person_counted_then_identified_by_name_had_the_act_done_to_them() -> None:
    batch = run("Police in Chiang Mai arrested a Korean man suspected of running a call centre. The Korean man, "
                "aged 44, was identified as Park Ji-ho.")
    assert ("ARRESTED", "arrest@", "Park Ji-ho", None) in facts(batch)
    two = run("Police in Chiang Mai arrested two Korean men suspected of running a call centre. He was identified "
              "as Park Ji-ho.")
    assert not [f for f in facts(two) if f[2] == "Park Ji-ho" and f[0] == "ARRESTED"]

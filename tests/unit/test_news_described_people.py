"""Counted people read with what the words around the number describe: a harm they suffered told
before the main verb, a clause after "that", a partition ("Of the 25 ..., 19 were ..."), people
told again as a passive subject, a breakdown "from mainland China", "N more <demonym>", a lone
"and a <demonym>" in a list, an exact number beside a rounded one, people "still held", and
"mainly <demonyms>". Every test states the kind in made-up words."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import facts, run


def _acts(text: str) -> set[tuple[str, str, object]]:
    return {(rel, nat, count) for rel, _event, nat, count in facts(run(text)) if count is not None}


def test_people_forced_to_work_then_brought_home_were_brought_home() -> None:
    found = _acts("Another six Laotians allegedly forced to work for a betting ring have been brought home.")
    assert (RelType.REPATRIATED.value, "LA", 6) in found
    assert not any(rel == RelType.AFFECTED.value for rel, *_ in found)


def test_an_aside_on_their_harm_leaves_the_main_verb_theirs() -> None:
    found = _acts("Three Filipinos, suspected of being trafficked to a casino, were repatriated on Monday.")
    assert (RelType.REPATRIATED.value, "PH", 3) in found
    assert not any(rel == RelType.AFFECTED.value for rel, *_ in found)


def test_a_relative_clause_of_harm_with_a_place_leaves_the_rescue() -> None:
    found = _acts("Nine Nepali workers who had been lured abroad and taken to a border town, where they "
                  "were forced to run fake investment chats, have been rescued.")
    assert (RelType.RESCUED.value, "NP", 9) in found
    assert not any(rel == RelType.AFFECTED.value for rel, *_ in found)


def test_harm_done_by_the_subject_still_counts_the_victims() -> None:
    found = _acts("Prosecutors indicted five men on Monday. According to prosecutors, they trafficked 40 Thai "
                  "nationals to the compound.")
    assert (RelType.AFFECTED.value, "TH", 40) in found


def test_a_breakdown_from_mainland_china_counts_china_and_the_items_after_it() -> None:
    found = _acts("Police raided a building on Friday. A total of 400 foreigners were held, of whom 310 "
                  "were from mainland China, 60 from Laos, and 30 from Vietnam.")
    assert {("DETAINED", "CN", 310), ("DETAINED", "LA", 60), ("DETAINED", "VN", 30)} <= found


def test_a_breakdown_from_the_chinese_mainland_is_china() -> None:
    found = _acts("Officers raided a villa on Friday and arrested 25 people. Of them, 18 were from the "
                  "Chinese mainland, while seven were from Thailand.")
    assert {("ARRESTED", "CN", 18), ("ARRESTED", "TH", 7)} <= found


def test_the_exact_number_of_the_same_people_wins_over_a_rounded_one() -> None:
    found = _acts("Nearly 600 Thai nationals were detained in the raid on Sunday, police said. Police raided the "
                  "casino on Sunday. A total of 700 people were detained, of whom 592 were from Thailand.")
    assert ("DETAINED", "TH", 592) in found and ("DETAINED", "TH", 600) not in found


def test_a_rounded_number_told_after_the_exact_one_does_not_replace_it() -> None:
    found = _acts("Police raided a compound on Monday and detained 205 Vietnamese nationals. About 200 "
                  "Vietnamese nationals were detained in all, a spokesman said.")
    assert ("DETAINED", "VN", 205) in found


def test_a_far_smaller_exact_number_is_other_people() -> None:
    found = _acts("Police raided a compound on Monday and detained nearly 900 Chinese nationals. "
                  "They also detained 40 Chinese nationals at a second site.")
    assert ("DETAINED", "CN", 900) in found


def test_the_suspects_as_passive_subject_are_the_people_counted_before() -> None:
    found = _acts("A total of 41 Thai nationals were deported from Laos on Monday. The suspects were "
                  "reportedly placed under arrest as soon as they landed.")
    assert ("ARRESTED", "TH", 41) in found
    found = _acts("Laos deported 41 Thai nationals on Monday. The Thai nationals were later arrested at the airport.")
    assert ("ARRESTED", "TH", 41) in found


def test_the_suspects_of_a_story_of_two_nationalities_stay_uncounted() -> None:
    found = _acts("Laos deported 41 Thai nationals and 12 Vietnamese nationals on Monday. The suspects were "
                  "arrested at the airport.")
    assert not any(rel == "ARRESTED" for rel, *_ in found)


def test_a_count_in_a_clause_after_found_that_is_no_one_found() -> None:
    found = _acts("Police raided a hotel on Monday. After checks, it was found that more than 40 Lao "
                  "workers were trapped inside.")
    assert not any(rel == "FOUND" for rel, *_ in found)
    assert ("FOUND", "LA", 40) in _acts("Police raided a hotel on Monday and found 40 Lao workers inside.")


def test_more_between_the_number_and_the_demonym_keeps_the_nationality() -> None:
    assert ("RESCUED", "LA", 120) in _acts("Police said that nearly 120 more Lao citizens have been rescued in the raid.")
    assert ("DEPORTED", "TH", 14) in _acts("Immigration officers deported 14 more Thai nationals on Friday.")


def test_a_demonym_alone_after_a_list_of_counted_people_is_one_person() -> None:
    found = _acts("Police raided a villa on Friday and arrested 11 foreigners. They include six Lao "
                  "nationals, four Thais, and a Cambodian.")
    assert ("ARRESTED", "KH", 1) in found
    found = _acts("The ministry has rescued 30 nationals, among them a Rwandan and a Tanzanian, from a compound.")
    assert {("RESCUED", "RW", 1), ("RESCUED", "TZ", 1)} <= found


def test_a_demonym_before_a_noun_that_is_no_person_counts_no_one() -> None:
    found = _acts("Police arrested 12 Chinese nationals on Monday, and a Cambodian company was fined.")
    assert not any(nat == "KH" for _rel, nat, _count in found)


def test_a_second_act_told_of_them_again_on_the_same_event_is_kept() -> None:
    found = _acts("Police raided a casino on Monday and found 15 Lao nationals inside. They were also "
                  "detained for questioning.")
    assert ("DETAINED", "LA", 15) in found
    assert ("FOUND", "LA", 15) not in found  # (the same people held: found_held.py keeps the act only)


def test_a_passive_subject_of_another_nationality_is_not_the_people_counted_before() -> None:
    found = _acts("Laos deported 41 Thai nationals on Monday. The Vietnamese nationals were arrested at the airport.")
    assert ("ARRESTED", "TH", 41) not in found


def test_the_whole_of_a_partition_does_not_take_the_parts_verb() -> None:
    found = _acts("Of the 30 Lao nationals deported on Friday, 12 were arrested on arrival.")
    assert ("ARRESTED", "LA", 12) in found and ("ARRESTED", "LA", 30) not in found
    found = _acts("Of the 30 Lao nationals who were deported on Friday, 12 were arrested on arrival.")
    assert ("ARRESTED", "LA", 30) not in found and ("DEPORTED", "LA", 30) in found
    found = _acts("Of the 30 Lao nationals deported on Friday, most were arrested on arrival.")
    assert ("ARRESTED", "LA", 30) not in found


def test_a_participle_then_the_main_verb_still_gives_both_acts() -> None:
    found = _acts("Some 45 Lao nationals arrested on Monday were deported on Friday.")
    assert {("ARRESTED", "LA", 45), ("DEPORTED", "LA", 45)} <= found


def test_people_still_held_are_no_detention() -> None:
    assert _acts("Talks go on, with an estimated 30 Lao nationals still held in the country.") == set()
    assert _acts("Four other Thai nationals remain detained in Mae Sot.") == set()
    found = _acts("Police raided the hub on Monday and detained 20 Lao nationals, who remain held in Bangkok.")
    assert ("DETAINED", "LA", 20) in found


def test_nationalities_of_most_of_the_people_give_each_an_edge_with_no_number() -> None:
    found = facts(run("About 800 foreign nationals, mainly Lao and Thais, were detained by police following a "
                      "raid on a casino on Monday."))
    assert {(nat, count) for rel, _event, nat, count in found if rel == "DETAINED"} == {("LA", None), ("TH", None)}
    found = facts(run("Police raided a casino on Monday and detained 300 foreigners, including Lao and Thais."))
    assert {("DETAINED", "LA"), ("DETAINED", "TH")} <= {(rel, nat) for rel, _event, nat, _count in found}

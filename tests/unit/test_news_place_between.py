"""A second verb of counted people told after a phrase of place ("were freed from a compound in
Bokeo and flown home"): the place names no new people, so the second act is theirs, with the same
number, whether they were counted in the sentence or told again ("They were detained ...").
A time, a number or a clause inside the phrase ends the reading: the second act may be of another
moment or of other people."""

from tests.unit.test_news_extraction import facts, run


def test_the_act_after_a_place_phrase_is_done_to_the_counted_people() -> None:
    found = facts(run("Forty Peruvians were rescued from a compound in Laos and flown home on Sunday."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("PE", 40) for f in found)
    assert any(f[0] == "RESCUED" and f[2:] == ("PE", 40) for f in found)


def test_people_told_again_keep_their_second_act_past_a_place() -> None:
    found = facts(run("Police arrested 40 Peruvians on Sunday. They were detained at a farm near the river "
                      "and deported."))
    assert any(f[0] == "DEPORTED" and f[2:] == ("PE", 40) for f in found)


def test_a_time_in_the_phrase_stops_the_second_act() -> None:
    found = facts(run("Forty Peruvians were arrested in Bokeo in May and deported on Sunday."))
    assert not any(f[0] == "DEPORTED" for f in found)


def test_other_people_after_the_conjunction_keep_their_own_act() -> None:
    found = facts(run("Forty Peruvians were arrested in Bokeo and 12 Chileans deported on Sunday."))
    assert not any(f[0] == "DEPORTED" and f[2] == "PE" for f in found)

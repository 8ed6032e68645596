"""A second verb of counted people told after a phrase of place ("were freed from a compound in
Bokeo and flown home"): the place names no new people, so the second act is theirs, with the same
number, whether they were counted in the sentence or told again ("They were detained ...").
A number or a clause inside the phrase ends the reading: the second act may be of other people (a
time no longer does, since session 57: the second act is of another moment, with its own day)."""

from tests.unit.test_news_extraction import facts, run


def test_the_act_after_a_place_phrase_is_done_to_the_counted_people() -> None:
    found = facts(run("Forty Peruvians were rescued from a compound in Laos and flown home on Sunday."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("PE", 40) for f in found)
    assert any(f[0] == "RESCUED" and f[2:] == ("PE", 40) for f in found)


def test_people_told_again_keep_their_second_act_past_a_place() -> None:
    found = facts(run("Police arrested 40 Peruvians on Sunday. They were detained at a farm near the river "
                      "and deported."))
    assert any(f[0] == "DEPORTED" and f[2:] == ("PE", 40) for f in found)


def test_a_time_in_the_phrase_keeps_the_second_act_on_its_own_day() -> None:
    # (session 57: a time in the phrase no longer stops the reading, see second_acts._and_past_phrases:
    # the participle after "and" still shares the subject, its act dated by its own words)
    found = facts(run("Forty Peruvians were arrested in Bokeo in May and deported on Sunday."))
    assert ("DEPORTED", "deportation@2026-10-11", "PE", 40) in found, found
    found = facts(run("Forty Peruvians were arrested in Bokeo in May and 12 were deported on Sunday."))
    assert not any(f[0] == "DEPORTED" and f[3] == 40 for f in found), found


def test_other_people_after_the_conjunction_keep_their_own_act() -> None:
    found = facts(run("Forty Peruvians were arrested in Bokeo and 12 Chileans deported on Sunday."))
    assert not any(f[0] == "DEPORTED" and f[2] == "PE" for f in found)

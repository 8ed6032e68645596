"""A story with no publication date that tells acts of one kind on two days ("on Tuesday",
"on March 3") has them as one undated event, the first told; the people it counts keep the
first act's number, never the larger number of the other day's act. Made-up texts and places."""

from tests.unit.test_news_extraction import facts, run


def counted(text: str) -> set[tuple[str, str, str, object]]:
    return {fact for fact in facts(run(text, published=None)) if fact[3] is not None}


def test_the_first_acts_count_stands_against_a_larger_one_of_another_day() -> None:
    told = counted("Police in Velmora deported 20 Peruvian nationals on Tuesday.\n\n"
                   "On March 3, 45 Peruvian nationals were deported from the port of Lund.")
    assert told == {("DEPORTED", "deportation@", "PE", 20)}


def test_a_rescue_of_another_day_keeps_its_number_off_the_story_s_rescue() -> None:
    told = counted("Police in Velmora rescued 20 Peruvian workers on March 10.\n\n"
                   "On March 3, police rescued 45 Peruvian workers from a compound in Lund.")
    assert told == {("RESCUED", "rescue@", "PE", 20)}


def test_other_people_of_the_other_day_keep_their_own_count() -> None:
    told = counted("Police in Velmora deported 20 Peruvian nationals on March 10.\n\n"
                   "On March 3, 45 Chilean nationals were deported from the port of Lund.")
    assert told == {("DEPORTED", "deportation@", "PE", 20), ("DEPORTED", "deportation@", "CL", 45)}

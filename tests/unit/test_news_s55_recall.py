"""(nationality, count) facts of a later act told of the people counted before (session 55; made-up
names and numbers):
- "Inspector Varo said that all suspects were later charged": the definite subject of a reported
  clause is the people told again, as one opening the sentence would be; "all" takes in every part
  counted of the whole (the charge counts the whole);
- "The suspects, aged between 19 and 31, face charges": their ages set off by commas stand between
  the people told again and their act."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_reported_all_subject_is_every_part_of_the_whole() -> None:
    batch = run("Police in Marlow raided four flats on Tuesday and arrested 43 people, including nine Malaysian "
                "nationals. Inspector Varo said that all suspects were later charged in court under the fraud act.")
    found = facts(batch)
    charged = {(s, t, c) for r, s, t, c in found if r == "CHARGED"}
    assert charged == {("charge@", "MY", 9)}, found
    assert events(batch)["charge@"].get("count_charged") == 43, events(batch)


def test_a_reported_definite_subject_is_the_people_told_again_of_one_side_and_people() -> None:
    found = facts(run("Police in Marlow arrested 14 Chinese nationals at a villa on Tuesday. A spokesman said that "
                      "the suspects were charged with fraud on Friday."))
    assert ("CHARGED", "charge@2026-10-09", "CN", 14) in found, found
    # (two peoples counted: "the suspects" may be either; victims counted: the suspects are others)
    found = facts(run("Police in Marlow arrested 14 Chinese nationals and three Thais on Tuesday. A spokesman said "
                      "the suspects were charged with fraud."))
    assert not [f for f in found if f[0] == "CHARGED"], found
    found = facts(run("Police in Marlow rescued 14 Chinese nationals on Tuesday. A spokesman said the suspects were "
                      "charged with fraud."))
    assert not [f for f in found if f[0] == "CHARGED"], found
    # (a plain "the suspects" after a whole with a part: the whole, not the part)
    found = facts(run("Police in Marlow raided four flats on Tuesday and arrested 43 people, including nine Malaysian "
                      "nationals. Inspector Varo said that the suspects were later charged in court."))
    assert not [f for f in found if f[0] == "CHARGED"], found


def test_ages_set_off_between_the_people_told_again_and_their_act() -> None:
    found = facts(run("Anti-drug officers in Marlow arrested five Chinese nationals on Tuesday. The suspects, aged "
                      "between 19 and 31, face charges under the gaming act."))
    assert ("CHARGED", "charge@", "CN", 5) in found, found
    found = facts(run("Anti-drug officers in Marlow arrested five Chinese nationals on Tuesday. The suspects, aged "
                      "19 to 31, were deported on Friday."))
    assert ("DEPORTED", "deportation@2026-10-09", "CN", 5) in found, found

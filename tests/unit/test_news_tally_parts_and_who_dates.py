"""An Indian outlet's way of telling a return (session 27; made-up places):
- "So far, the embassy has rescued 924 Indians, of whom 857 have returned to India": the part of a
  tally is a tally too, and does not overwrite the count of the return told before;
- "35 Indians who were rescued from scam compounds in Lotus landed in Kolkata on Wednesday": the day
  of the landing is not the day of the rescue the relative clause tells in passing."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_part_of_a_tally_is_no_count_of_the_return_told_before() -> None:
    found = facts(run("Forty-seven Indians landed in Kolkata on Wednesday. So far, the embassy has rescued 924 "
                      "Indians from the zone, of whom 857 have returned to India safely."))
    assert {c for r, s, t, c in found if r == "REPATRIATED"} == {47}


def test_the_day_after_the_clause_is_the_landings_not_the_rescues() -> None:
    told = events(run("Thirty-five Indian nationals who were rescued from scam compounds in Lotus City landed in "
                      "Kolkata on Wednesday."))
    rescues = [key for key in told if key.startswith("rescue")]
    assert rescues == ["rescue@"], told


def test_an_act_named_in_a_total_carried_forward_is_no_act_of_its_own() -> None:
    """"..., bringing the number of foreigners handed over since early February to more than 7,000"
    (a Thai outlet's style): the handover the total counts is not this act, nor is its "since" this act's day."""
    told = events(run("Thai authorities on Friday received 300 foreign nationals freed from compounds in Lotus City, "
                      "bringing the number of foreigners handed over since early February to more than 7,000."))
    assert [key for key in told if key.startswith("repatriation")] == ["repatriation@2026-10-09"], told


def test_a_clause_on_the_people_after_the_main_verb_takes_none_of_its_days() -> None:
    """"South Korea on Saturday brought home 64 nationals who had been detained in Lotus for their
    alleged involvement in online scams" (a Korean wire's style, session 27): Saturday is the
    return's; the detention the clause tells in passing has no day."""
    told = events(run("South Korea on Saturday brought home 64 nationals who had been detained in Lotus City for "
                      "their alleged involvement in online scam operations, officials said."))
    assert [key for key in told if key.startswith("detention")] == ["detention@"], told
    assert [key for key in told if key.startswith("repatriation")] == ["repatriation@2026-10-10"], told


def test_a_day_in_a_clause_opened_after_the_people_is_not_their_acts() -> None:
    """"Those detained also included 317 Myanmar nationals, 94 Vietnamese and 41 Thais, who will be
    deported in the coming weeks" (a Lao outlet's style, session 27): the breakdown parts the
    detention told before; the clause's "in the coming weeks" is the deportation's, and makes no
    second detention."""
    told = events(run("Police detained 2,000 people in Lotus City earlier this month. Those detained also included "
                      "317 Myanmar nationals, 94 Vietnamese and 41 Thais, who will be deported in the coming weeks."))
    assert [key for key in told if key.startswith("detention")] == ["detention@2026-10"], told


def test_a_day_inside_the_peoples_clause_is_not_their_returns() -> None:
    """"47 Indians who were rescued on Monday landed in Kolkata on Wednesday" (session 27): the return
    counted with them is Wednesday's; Monday is the rescue's, told in the clause."""
    told = events(run("Forty-seven Indian nationals who were rescued on Monday landed in Kolkata on Wednesday."))
    assert [key for key in told if key.startswith("repatriation")] == ["repatriation@2026-10-14"], told


def test_a_day_inside_the_peoples_clause_does_not_date_the_main_verbs_event() -> None:
    """"40 Thais who were rescued on Monday were flown home on Wednesday", "On Friday, 40 Thais who had
    been held since June were flown home" (session 27): the return is Wednesday's, Friday's; the
    clause's Monday and "since June" make no return of their own."""
    told = events(run("40 Thais who were rescued on Monday were flown home on Wednesday."))
    assert [key for key in told if key.startswith("repatriation")] == ["repatriation@2026-10-14"], told
    told = events(run("On Friday, 40 Thais who had been held since June were flown home."))
    assert [key for key in told if key.startswith("repatriation")] == ["repatriation@2026-10-09"], told
    told = events(run("Twelve Ugandans who were trafficked to Lotus City last year returned home on Sunday."))
    assert [key for key in told if key.startswith("repatriation")] == ["repatriation@2026-10-11"], told

"""Figures beside the story's act that belong to other acts (audits 36c and 36e):
- the act that set a record the story's act broke ("broke the record set in March when it repatriated
  18 nationals", "beating the earlier record of 41 sent home in October") keeps its people off the
  story's act;
- "pushing the year's total to over 700 returns" is the new total, not the act's count, with "over"
  or "more than" between "to" and the number as much as without;
- "freed 260 from the same compounds" counts people, never compounds."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_act_that_set_a_broken_record_keeps_its_people() -> None:
    found = events(run("The group of Vietnamese suspects was repatriated from Laos on Friday. Friday's repatriation "
                       "broke the country's own record for such transfers, first set in March when it repatriated "
                       "18 nationals held in Laos over fraud."))
    assert found["repatriation@2026-10-09"].get("count_repatriated") != 18


def test_a_record_of_people_sent_home_before_is_not_the_days_count() -> None:
    found = events(run("Cambodia deported 58 South Koreans on Friday, beating the earlier record of 41 sent home "
                       "in October."))
    assert found["deportation@2026-10-09"]["count_deported"] == 58  # (a guard: the day's count, larger, stands)


def test_a_total_pushed_to_over_a_figure_is_no_count_of_the_act() -> None:
    found = events(run("A June 2 airlift flew 140 Kenyans home on a chartered jet, pushing the year's total to over "
                       "700 returns from the border zone."))
    assert found["repatriation@2026-06-02"].get("count_repatriated") != 700
    found = events(run("Police arrested 40 Chinese on Monday, taking the tally to more than 300 arrests."))
    assert found["arrest@2026-10-12"]["count_arrested"] == 40


def test_people_freed_from_compounds_are_no_count_of_compounds() -> None:
    found = events(run("In April, a separate operation freed 260 from the same compounds."))
    assert all(e.get("count_sites") != 260 for e in found.values())


def test_people_from_a_country_after_their_number_keep_it() -> None:
    found = facts(run("Thirty people who had fled a fraud gang were rescued on Sunday by Thai soldiers. Of them, 22 "
                      "were from Kenya and eight from Uganda."))
    assert ("RESCUED", "rescue@2026-10-11", "UG", 8) in found  # (a guard: "from" before a country reads on)

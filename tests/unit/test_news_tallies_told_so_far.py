"""Tallies beside the day's act keep off it (audits 37q, 37r):
- a sentence that opens "So far," counts up to now: "So far, India's mission has helped free 870
  Indians from Laos" leaves the day's rescue of 41 its own count;
- "The ministry said in March that around 390 Indians have been rescued and sent home" is a tally in
  the present perfect, dated only by its telling: the nine freed that day stay nine;
- so is "2,950 of them were already repatriated", told of people held since a day."""

from tests.unit.test_news_extraction import counts_of, events, run


def test_a_sentence_opening_so_far_counts_no_act() -> None:
    found = events(run("Police freed 41 Indians in Bokeo on Saturday. So far, India's mission has helped free 870 "
                       "Indians from Laos."))
    assert found["rescue@2026-10-10"]["count_rescued"] == 41


def test_a_perfect_tally_dated_by_its_telling_leaves_the_act_its_count() -> None:
    found = events(run("Nine men from Bihar were freed by local police in Poipet and are now staying at a shelter. The "
                       "foreign ministry said in March that around 390 Indians have been rescued and sent home from "
                       "Cambodia."))
    assert [e.get("count_rescued") for e in found.values() if e["type"] == "rescue"] == [9]


def test_people_already_sent_home_since_a_day_are_a_tally() -> None:
    found = events(run("Officials said a batch of 280 Kenyans was repatriated on July 8. State media said on July 9 that "
                       "4,020 foreigners who entered Myanmar illegally had been detained since Jan. 5, but that 2,950 of "
                       "them were already repatriated to their countries through Thailand."))
    assert found["repatriation@2026-07-08"]["count_repatriated"] == 280


def test_a_perfect_count_near_the_acts_own_is_the_same_operations_people() -> None:
    # twice the count before it, not dozens of times: more people of the same raid, not a running tally
    text = ("Police raided a tower in Dastra on June 3 and arrested 40 workers. In the capital, nine managers have "
            "gone before a judge, with six held in custody. Fourteen Chinese men have been moved to a holding "
            "centre in Velmor.")
    assert ("DETAINED", "CN", 14) in counts_of(text)

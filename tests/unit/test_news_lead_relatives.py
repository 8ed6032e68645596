"""A lead may tell the story's act only in a relative clause of the counted people ("Five Ruritanians
who were rescued from job scams remain stranded"): where the story has told no act of that kind (but
its headline, uncounted) and the sentence tells no act after the clause, the clause's act is the
story's, and the people counted are its people. An act told after the clause ("who had been
detained ... arrived home") is the sentence's news, and the clause's act an earlier one. A part told
before the relative clause (", including eight from Tamil Nadu, who ...") leaves the count its verb, and
"They reached <city> on Thursday" dates the return told just before."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_lead_s_relative_clause_act_of_counted_people_is_the_story_s_act() -> None:
    found = facts(run("Five Sarawakians who were rescued from job scams remain stranded in Cambodia."))
    assert ("RESCUED", "rescue@", "MY", 5) in found
    headlined = run("Five Sarawakians rescued from job scams now stranded\n\nFive Sarawakians who were rescued "
                    "from job scams remain stranded in Cambodia.")
    assert ("RESCUED", "rescue@", "MY", 5) in facts(headlined)


def test_a_relative_clause_act_before_the_sentence_s_own_act_stays_its_past() -> None:
    batch = run("A total of 64 South Koreans who had been detained in Cambodia arrived home on Saturday.")
    assert not [key for key in events(batch) if key.startswith("detention@2026")]


def test_counted_people_with_an_included_part_and_a_relative_clause_keep_their_verb() -> None:
    batch = run("Nine people, including eight from Tamil Nadu, who were among those held as bonded labourers in "
                "Myanmar have returned back to Chennai. The ninth person is from Kerala. They reached Chennai on "
                "Thursday morning.")
    assert events(batch).get("repatriation@2026-10-15", {}).get("count_repatriated") == 9

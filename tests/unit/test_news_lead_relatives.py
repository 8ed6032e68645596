"""A lead may tell the story's act only in a relative clause of the counted people ("Six Ruritanians
who were freed from fake job offers are still stuck"): where the story has told no act of that kind (but
its headline, uncounted) and the sentence tells no act after the clause, the clause's act is the
story's, and the people counted are its people. An act told after the clause ("who had been
detained ... arrived home") is the sentence's news, and the clause's act an earlier one. A part told
before the relative clause (", including eight from Tamil Nadu, who ...") leaves the count its verb, and
"They reached <city> on Thursday" dates the return told just before."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_lead_s_relative_clause_act_of_counted_people_is_the_story_s_act() -> None:
    found = facts(run("Six Sabahans who were rescued from fake job offers are still stuck in Laos."))
    assert ("RESCUED", "rescue@", "MY", 6) in found
    headlined = run("Six Sabahans rescued from fake jobs still stuck\n\nSix Sabahans who were rescued "
                    "from fake job offers are still stuck in Laos.")
    assert ("RESCUED", "rescue@", "MY", 6) in facts(headlined)


def test_a_relative_clause_act_before_the_sentence_s_own_act_stays_its_past() -> None:
    batch = run("Some 52 Thai men who had been detained in Laos for months arrived home on Saturday.")
    assert not [key for key in events(batch) if key.startswith("detention@2026")]


def test_counted_people_with_an_included_part_and_a_relative_clause_keep_their_verb() -> None:
    batch = run("Ten people, including seven from Punjab, who were among those kept as forced labour in Laos "
                "have returned back to Delhi. The last three are from Goa. They reached Delhi on Thursday "
                "morning.")
    assert events(batch).get("repatriation@2026-10-15", {}).get("count_repatriated") == 10

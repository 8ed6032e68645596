"""Who conducted an act (session 55; made-up names, places and numbers):
- "These sanctions are the result of lengthy investigations by the Tax Office and the US Office of
  Foreign Assets Control": both bodies investigated; neither imposed the sanctions;
- "... flown home on a plane operated by the air force, according to a post on its page by the
  embassy": the embassy is the source that told the flight, it did not carry it out."""

from tests.unit.test_news_extraction import facts, run


def test_the_agents_of_another_acts_noun_did_that_act() -> None:
    found = facts(run("Britain and the United States on Monday sanctioned the Silver Heron group, a network of "
                      "firms tied to scam compounds. These sanctions are the result of lengthy investigations "
                      "by the Revenue Bureau and the US Office of Foreign Assets Control (OFAC)."))
    assert not any(r == "CONDUCTED" and t.startswith("sanction@") and s in {"Office of Foreign Assets Control",
                                                                             "Revenue Bureau"}
                   for r, s, t, c in found), found
    assert ("CONDUCTED", "Office of Foreign Assets Control", "investigation@", None) in found, found


def test_the_agent_of_an_investigation_noun_did_not_make_the_arrest() -> None:
    found = facts(run("Following a months-long investigation by the Criminal Investigation Department, Delmar "
                      "police arrested 14 suspects on Friday."))
    assert ("CONDUCTED", "Criminal Investigation Department", "investigation@", None) in found, found
    assert not any(r == "CONDUCTED" and s == "Criminal Investigation Department" and t.startswith("arrest@")
                   for r, s, t, c in found), found
    assert any(r == "CONDUCTED" and s == "Delmar police" and t.startswith("arrest@") for r, s, t, c in found), found


def test_an_operation_by_a_body_is_its_act() -> None:
    found = facts(run("It was the largest operation by Korean authorities to bring back suspects from one country, "
                      "with 40 Korean nationals flown home on Tuesday."))
    assert any(r == "CONDUCTED" and s == "Korean authorities" and t.startswith("repatriation@")
               for r, s, t, c in found), found


def test_a_body_after_according_to_a_post_by_is_the_source() -> None:
    found = facts(run("Some 212 Indonesians were flown home from Mae Sot on Tuesday in a chartered plane operated "
                      "by the Indonesian Air Force, according to a post on Facebook by the Indonesian Embassy in "
                      "Bangkok."))
    assert not any(r == "CONDUCTED" and s == "Indonesian Embassy" for r, s, t, c in found), found
    assert any(r == "ANNOUNCED" and s == "Indonesian Embassy" and t.startswith("repatriation@")
               for r, s, t, c in found), found

"""Events and the bodies and people on them (session 55; made-up names, places and numbers):
- "Border police arrested four Vietnamese at a guesthouse. Their arrival comes after raids on the
  hubs have pushed hundreds to flee": the raid the people fled is no taking of theirs; the arrest
  is an act of its own, and the detention its officers tell after it is that arrest told again;
- "The Y Border Guard received 57 citizens handed over by Lao authorities": the receiver carried the
  return out, the body that handed them over took part in it."""

from tests.unit.test_news_extraction import events, facts, run

_LEAD = "Border police have arrested four Vietnamese nationals at a guesthouse in Ban Khlong."
_FLED = ("Their arrival comes after ongoing raids by the Myanmar military on scam hubs at Golden Crane Park "
         "have pushed hundreds of Vietnamese workers to flee across the border.")
_TOLD = "Col Somsak Rattana, head of the border police, told reporters they detained four Vietnamese men."


def test_a_raid_that_drove_people_off_is_not_their_arrest() -> None:
    batch = run(f"{_LEAD}\n\n{_FLED}\n\n{_TOLD}")
    assert set(events(batch)) == {"arrest@", "raid@"}, events(batch)
    found = facts(batch)
    assert ("ARRESTED", "arrest@", "VN", 4) in found, found
    assert ("CONDUCTED", "Myanmar military", "raid@", None) in found, found
    assert not any(s == "raid@" and r in {"ARRESTED", "DETAINED"} for r, s, t, c in found), found


def test_a_raid_that_drove_people_off_takes_no_arrest_told_before_it() -> None:
    batch = run(f"{_LEAD}\n\n{_FLED}")
    assert set(events(batch)) == {"arrest@", "raid@"}, events(batch)
    assert ("ARRESTED", "arrest@", "VN", 4) in facts(batch)
    # (a raid that took them, told after the arrest, still does)
    batch = run(f"{_LEAD}\n\nThe Myanmar military raided scam hubs at Golden Crane Park on the same day.")
    assert "arrest@" not in events(batch), events(batch)


def test_people_handed_over_by_a_body_to_the_receiver() -> None:
    found = facts(run("The Lang Son Border Guard, in cooperation with relevant departments, received 57 "
                      "Vietnamese citizens handed over by Lao authorities."))
    assert ("CONDUCTED", "Lang Son Border Guard", "repatriation@", None) in found, found
    assert ("PARTICIPATED_IN", "Lao authorities", "repatriation@", None) in found, found
    assert ("CONDUCTED", "Lao authorities", "repatriation@", None) not in found, found
    found = facts(run("The Lang Son Border Guard received 57 Vietnamese citizens who were handed over by Lao "
                      "authorities at the Nam Can border gate."))
    assert ("PARTICIPATED_IN", "Lao authorities", "repatriation@", None) in found, found
    # (the handing body as the subject still carried it out)
    found = facts(run("Lao authorities handed over 57 Vietnamese citizens to the Lang Son Border Guard."))
    assert ("CONDUCTED", "Lao authorities", "repatriation@", None) in found, found

"""Three ways reports tell people freed or flown home (probes of Ethiopian, Indian and Thai
outlets, session 27; made-up places):
- "30 Ethiopians stranded in Lotus have been brought home": past the participle that describes
  them, "brought home" is their return (not "brought back to the compound by the gang");
- "Indian Air Force aircraft brought back 266 Indians": the body whose aircraft is the subject
  carried the return out;
- "released 260 Thais from compounds": people let out of their captors' places were rescued (not
  "released from custody")."""

from tests.unit.test_news_extraction import events, facts, run


def test_people_described_then_brought_home_were_repatriated() -> None:
    found = facts(run("More than 30 Ethiopians stranded in Lotus City have been brought home, the ministry said."))
    assert any(r == "REPATRIATED" and t == "ET" and c == 30 for r, s, t, c in found), found
    found = facts(run("30 Ethiopians stranded in Lotus City were brought back to the compound by the gang."))
    assert not any(r == "REPATRIATED" for r, *_ in found)


def test_a_bodys_aircraft_as_subject_carried_the_return_out() -> None:
    found = facts(run("Indian Air Force aircraft brought back 266 Indians from Lotus City on Tuesday."))
    assert any(r == "CONDUCTED" and s == "Indian Air Force" and t.startswith("repatriation") for r, s, t, c in found)


def test_people_released_from_compounds_were_rescued() -> None:
    found = facts(run("The armed group released 260 Thais from compounds in Lotus City on Friday."))
    assert any(r == "RESCUED" and t == "TH" and c == 260 for r, s, t, c in found), found
    found = facts(run("The court released 20 Thais from prison in Lotus City on Friday."))
    assert not any(r == "RESCUED" for r, *_ in found)


def test_people_described_as_released_from_compounds_make_no_rescue_of_that_day() -> None:
    """"received 300 foreign nationals released from scam compounds" (session 27): the participle
    tells who they are, in passing; the day is the receiving's."""
    told = events(run("Thai authorities on Friday received 300 foreign nationals released from scam compounds in Lotus City."))
    assert not [key for key in told if key.startswith("rescue@2")], told

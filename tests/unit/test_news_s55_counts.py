"""(nationality, count) facts on the event they belong to (session 55; made-up names and numbers):
- "Tourist Police arrested four Chinese nationals ... after operations by the Kayin Border Guard Force ... the
  commander said they detained four Chinese men": the police's own arrest told again after another
  body's raid stays that arrest, not people the raid held;
- "rescued two Thai workers on Monday ... Thailand has rescued and repatriated about 300 Thais": a
  body's running sum in the present perfect is no count of the day's rescue."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_forces_own_arrest_told_again_after_another_bodys_raid() -> None:
    batch = run("Tourist Police have arrested four Chinese nationals at an inn in Ban Khao. It comes after "
                "recent joint operations by the Myanmar army and the Kayin Border Guard Force on fraud compounds in Lotville. "
                "Tourist Police commander Somsak Phet told reporters they detained four Chinese men.")
    found = {(r, s, t, c) for r, s, t, c in facts(batch) if t == "CN"}
    assert found == {("ARRESTED", "arrest@", "CN", 4)}, found
    told = events(batch)
    assert told["arrest@"].get("count_arrested") == 4, told
    assert not any(k.startswith("raid") and ("count_arrested" in p or "count_detained" in p) for k, p in told.items())
    # (the raid's own body telling it took people: the raid's)
    found = facts(run("Tourist Police have arrested four Chinese nationals at an inn in Ban Khao. It comes after "
                      "recent joint operations by the Myanmar army and the Kayin Border Guard Force on fraud compounds in Lotville. "
                      "Tourist Police also raided a house in Mae Sai and detained four Chinese men."))
    assert any(r == "DETAINED" and s.startswith("raid") for r, s, t, c in found), found


def test_a_bodys_running_sum_is_no_count_of_the_days_rescue() -> None:
    batch = run("Zorvanian police rescued two Thai workers from a compound in Laos on Monday. The foreign ministry "
                "said that Thailand has rescued and repatriated about 300 Thais who were lured to Laos.")
    found = {(r, s, t, c) for r, s, t, c in facts(batch) if r == "RESCUED"}
    assert found == {("RESCUED", "rescue@2026-10-12", "TH", 2)}, found
    assert events(batch)["rescue@2026-10-12"].get("count_rescued") == 2
    # (the one repatriation told keeps the sum: the only return the story counts)
    assert ("REPATRIATED", "repatriation@", "TH", 300) in facts(batch)

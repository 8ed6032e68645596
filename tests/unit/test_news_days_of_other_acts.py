"""A day told in a sentence belongs to the act whose words hold it, not to an event the sentence
also names or counts again (audit 9: j08, j18, j24; d24 for the warrant's parties):
- "have been rescued by the embassy and have returned home today": the second verb group, with an
  auxiliary of its own, is the journey home, and "today" is its day, not the rescue's;
- "The 14 are scheduled to be repatriated on Tuesday": people counted again in a sentence about
  their sending home (even one still to come) do not date the rescue that counted them;
- "raided the hub on the strength of a warrant signed by a judge on May 4": the
  participle of a paper's making takes the day after it (grammar: a reduced relative clause);
- the raiders of such a sentence, or "police arrested a man wanted on a Red Notice", do not carry
  out the warrant: another act of theirs stands between them and it."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_day_of_the_return_home_is_not_the_rescue_day() -> None:
    batch = run("Twelve Kenyan workers held in Myanmar have been rescued by the Kenyan mission "
                "and have returned home today.")
    told = events(batch)
    assert "rescue@" in told and not [k for k in told if k.startswith("rescue@2")]
    assert told["rescue@"]["count_rescued"] == 12


def test_a_rescue_told_on_the_day_of_the_rescue_keeps_it() -> None:
    batch = run("Twenty Nepali citizens were rescued by Thai police on Monday and have since returned home.")
    assert "rescue@2026-10-12" in events(batch)


def test_people_counted_again_for_their_journey_home_do_not_date_their_rescue() -> None:
    batch = run("The embassy facilitated the rescue of 23 Nepalis kept in fraud compounds in Shwe Kokko. "
                "The 23 Nepalis are scheduled to be repatriated to Nepal on Friday, the embassy said.")
    told = events(batch)
    assert told["rescue@"]["count_rescued"] == 23
    assert not [k for k in told if k.startswith("rescue@2")]


def test_the_day_a_warrant_was_issued_is_not_the_raid_day() -> None:
    batch = run("Police raided the hub in Mariveles, Bataan on Thursday. Police and marines raided the "
                "hub at Clark on the strength of a warrant issued by a Pampanga court on Oct. 3.")
    raids = [k for k in events(batch) if k.startswith("raid@")]
    assert raids == ["raid@2026-10-15"]  # (published on a Thursday)


def test_raiders_do_not_carry_out_the_warrant_they_act_under() -> None:
    batch = run("The Criminal Investigation and Detection Group raided the hub at Clark on the strength "
                "of a warrant issued by a Pampanga court on Oct. 3.")
    conducted = {f[1] for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("warrant@")}
    assert "Criminal Investigation and Detection Group" not in conducted
    assert [f for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("raid@")]

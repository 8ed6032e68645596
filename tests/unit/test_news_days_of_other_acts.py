"""A day told in a sentence belongs to the act whose words hold it, not to an event the sentence
also names or counts again (audit 9: j08, j18, j24; d24 for the warrant's parties):
- "have been rescued by the embassy and have returned home today": the second verb group, with an
  auxiliary of its own, is the journey home, and "today" is its day, not the rescue's;
- "The 14 are scheduled to be repatriated on Tuesday": people counted again in a sentence about
  their sending home (even one still to come) do not date the rescue that counted them;
- "raided the facility on the strength of a search warrant issued by a court on Oct. 29": the
  participle of a paper's making takes the day after it (grammar: a reduced relative clause);
- the raiders of such a sentence, or "police arrested a man wanted on a Red Notice", do not carry
  out the warrant: another act of theirs stands between them and it."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_day_of_the_return_home_is_not_the_rescue_day() -> None:
    batch = run("Twenty Nepali citizens stranded in Thailand have been rescued by the Nepali Embassy "
                "and have returned home today.")
    told = events(batch)
    assert "rescue@" in told and not [k for k in told if k.startswith("rescue@2")]
    assert told["rescue@"]["count_rescued"] == 20


def test_a_rescue_told_on_the_day_of_the_rescue_keeps_it() -> None:
    batch = run("Twenty Nepali citizens were rescued by Thai police on Monday and have since returned home.")
    assert "rescue@2026-10-12" in events(batch)


def test_people_counted_again_for_their_journey_home_do_not_date_their_rescue() -> None:
    batch = run("The ministry facilitated the rescue of 14 Sri Lankans held in cybercrime centres in Myawaddy. "
                "The 14 Sri Lankans are scheduled to be repatriated to Sri Lanka on Tuesday, the ministry said.")
    told = events(batch)
    assert told["rescue@"]["count_rescued"] == 14
    assert not [k for k in told if k.startswith("rescue@2")]


def test_the_day_a_warrant_was_issued_is_not_the_raid_day() -> None:
    batch = run("Police raided the facility in Bagac, Bataan on Thursday. Police and soldiers raided the "
                "facility at CentroPark on the strength of a search warrant issued by a Malolos court on Oct. 6.")
    raids = [k for k in events(batch) if k.startswith("raid@")]
    assert raids == ["raid@2026-10-15"]  # (published on a Thursday)


def test_raiders_do_not_carry_out_the_warrant_they_act_under() -> None:
    batch = run("The Criminal Investigation and Detection Group raided the hub at CentroPark on the strength "
                "of a search warrant issued by a Malolos court on Oct. 6.")
    conducted = {f[1] for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("warrant@")}
    assert "Criminal Investigation and Detection Group" not in conducted
    assert [f for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("raid@")]

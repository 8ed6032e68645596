"""(nationality, count) facts on the event they belong to (session 54; made-up names and numbers):
- "... and 40 Malaysians aged between 19 and 33 were arrested": the ages after the last item of a
  list of counted peoples do not cut the list off from its verb;
- "Officers arrested 70 people ... on Tuesday. Thirty Chinese ... were arrested during the raid":
  the raid names back the dated arrest; one raid on the arrest's day (``raid_pointed_back``);
- "Police have shut two call centres and arrested six people ... Officers raided both flats on
  Monday": the undated arrest of the lead is the dated raid's;
- "Among them were 120 Nepalis ... officials flew the victims home": the people counted with no act
  just before are the victims the act takes."""

from tests.unit.test_news_extraction import events, facts, run


def test_ages_after_the_last_item_leave_the_list_whole() -> None:
    found = facts(run("A total of 12 Chinese nationals, three Laotians and 40 Malaysians aged between 19 and 33 "
                      "were arrested during the raid on Tuesday."))
    arrested = {(t, c) for r, s, t, c in found if r == "ARRESTED"}
    assert arrested == {("CN", 12), ("LA", 3), ("MY", 40)}, found


def test_the_raid_names_back_the_dated_arrest() -> None:
    batch = run("Immigration officers arrested 70 people at two guesthouses in Kuantan on Tuesday. Thirty Chinese "
                "nationals, five Thais and 35 Malaysians were arrested during the night raid.")
    told = events(batch)
    assert [key for key in told if key.startswith(("raid", "arrest"))] == ["raid@2026-10-13"], told
    arrested = {(s, t, c) for r, s, t, c in facts(batch) if r == "ARRESTED"}
    assert arrested == {("raid@2026-10-13", "CN", 30), ("raid@2026-10-13", "TH", 5), ("raid@2026-10-13", "MY", 35)}
    # (a part of them counted in the raid's sentence: still the one raid, the lede's total stands;
    # "an earlier raid" is another act, undated)
    batch = run("Immigration officers arrested 70 people at two guesthouses in Kuantan on Tuesday. Twelve "
                "Chinese nationals were arrested during the raid.")
    assert events(batch) == {"raid@2026-10-13": {"type": "raid", "date": "2026-10-13", "count_arrested": 70}}
    assert ("ARRESTED", "raid@2026-10-13", "CN", 12) in facts(batch)
    told = events(run("Immigration officers arrested 70 people at two guesthouses in Kuantan on Tuesday. Twelve "
                      "Chinese nationals were arrested during an earlier raid."))
    assert "arrest@2026-10-13" in told and "raid@" in told, told


def test_the_leads_undated_arrest_is_the_dated_raids() -> None:
    batch = run("Police in Marlow have shut down two call centres and arrested six people, four Marlovian and two "
                "Chinese nationals. Officers raided both flats on Monday and found 25 Chinese nationals inside.")
    told = events(batch)
    assert [key for key in told if key.startswith(("raid", "arrest"))] == ["raid@2026-10-12"], told
    assert ("ARRESTED", "raid@2026-10-12", "CN", 2) in facts(batch)


def test_the_victims_taken_are_the_people_counted_just_before() -> None:
    found = facts(run("When soldiers stormed a compound near the river, hundreds of workers fled across the border. "
                      "Among them were 120 Nepalis, many lured by fake job offers. By March 3, Nepalese authorities "
                      "had repatriated the victims in two groups."))
    assert {(r, t, c) for r, s, t, c in found if t == "NP"} == {("REPATRIATED", "NP", 120)}, found


"""(nationality, count) facts and event counts (session 56; made-up names, places and numbers):
- "318 individuals — 241 men and 77 women — were held": a breakdown set off by dashes parts the
  group, as one set off by commas or a bracket does; it adds no people to it;
- "the rescue of a stranded Zorvanian victim", "the arrest of a Chinese national": the "a" after an
  act's noun and its "of" counts one person, as after the act's verb ("rescued a Thai man");
- "the suspects, aged 19 to 44, were all Vietnamese nationals": an aside set off by commas between
  the people and their copula leaves them all of one nationality (not yet read: an aside that counts
  "20 men and three women", which the count reader takes as counts of the sentence)."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_breakdown_set_off_by_dashes_parts_the_group() -> None:
    for dash in ("\u2014", "\u2013", "-"):
        batch = run(f"Officers of the Velmar Police said that 318 individuals {dash} 241 men and 77 women {dash} "
                    "aged 18 to 50 were arrested during the sweeps in Dorvale.")
        counted = [p.get("count_arrested") for p in events(batch).values() if "count_arrested" in p]
        assert counted == [318], (dash, events(batch))
    # (guard, as before: a bracket or a comma already parted the group)
    batch = run("Officers of the Velmar Police said that 318 individuals (241 men and 77 women) were arrested "
                "during the sweeps in Dorvale.")
    assert [p.get("count_arrested") for p in events(batch).values() if "count_arrested" in p] == [318]


def test_one_person_after_an_acts_noun() -> None:
    found = facts(run("A tip-off from the Orlen Aid Network led to the rescue of a stranded Malaysian victim held "
                      "in a compound outside Dorvale."))
    assert any(r == "RESCUED" and t == "MY" and c == 1 for r, _s, t, c in found), found
    found = facts(run("The Velmar Police announced the arrest of a Chinese national in Dorvale on Monday."))
    assert any(r == "ARRESTED" and t == "CN" and c == 1 for r, _s, t, c in found), found
    found = facts(run("Officers in Dorvale rescued a stranded Malaysian victim from a guarded villa."))
    assert any(r == "RESCUED" and t == "MY" and c == 1 for r, _s, t, c in found), found
    # (a writ for the act, or the act sought, names a person sought: no one taken)
    found = facts(run("A Dorvale court issued a warrant for the arrest of a Chinese national on Monday."))
    assert not any(r == "ARRESTED" for r, _s, _t, _c in found), found
    found = facts(run("The Velmar Police are seeking the extradition of a Chinese national."))
    assert not any(r == "EXTRADITED" for r, _s, _t, _c in found), found


def test_all_of_one_nationality_past_an_aside() -> None:
    found = facts(run("The Velmar Police arrested 23 people in a raid on a hotel in Dorvale. Officers said the "
                      "suspects, 20 males, and three females, were all Vietnamese nationals."))
    assert ("ARRESTED", "raid@", "VN", 23) in found, found
    found = facts(run("The Velmar Police arrested 23 people in a raid on a hotel in Dorvale. Officers said the "
                      "suspects, aged between 19 and 44, were all Vietnamese nationals."))
    assert ("ARRESTED", "raid@", "VN", 23) in found, found
    # (guard: an aside that opens a clause of its own is not read past)
    found = facts(run("The Velmar Police arrested 23 people in a raid on a hotel in Dorvale. The suspects, who "
                      "were held at the hotel, were all Vietnamese nationals."))
    assert not any(t == "VN" and c == 23 for _r, _s, t, c in found), found

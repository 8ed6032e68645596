"""Event dates (session 54; made-up names, places and days):
- "Inspector X had been investigating a ring ... and flew to Laos on March 4": an act told as
  ongoing ("had been investigating") whose clause goes on with "and" and a verb in the past takes
  none of the later verb's day (a day of its own, "since June 9", still dates it);
- "Workers who were freed from compounds three weeks ago (but) remain in detention": the day of
  the people's relative clause is their freeing's, not the detention they remain in;
- "He arrived in Bangkok on the 9th of last month. He was kidnapped the next day": "the next day"
  reckons from the day the sentence right before named, not from an older act's day;
- "Police arrested 80 ... on Tuesday. Twelve ... were arrested during the raid. Officers also
  confiscated 300 phones": the raid pointed back takes the arrest's day, and so does the seizure
  told during it (as after a raid dated in its own sentence)."""

from tests.unit.test_news_extraction import events, run


def test_an_ongoing_inquiry_takes_not_the_day_of_the_later_verb() -> None:
    told = events(run("Inspector Dara Velk had been investigating a loan fraud ring based in Vientiane and flew "
                      "to Laos alone on March 4."))
    assert [key for key in told if key.startswith("investigation")] == ["investigation@"], told
    told = events(run("Detectives in Ormsby had been investigating the gang for months and travelled to the "
                      "border on June 9."))
    assert [key for key in told if key.startswith("investigation")] == ["investigation@"], told
    # (its own day still dates it)
    told = events(run("Detectives in Ormsby had been investigating the gang and its backers since June 9."))
    assert [key for key in told if key.startswith("investigation")] != ["investigation@"], told


def test_those_who_remain_detained_keep_none_of_the_clauses_day() -> None:
    told = events(run("A group of about 180 workers, who were freed from fraud compounds three weeks ago but "
                      "remain in detention in Laos, went on a hunger strike Sunday."))
    assert [key for key in told if key.startswith("detention")] == ["detention@"], told
    told = events(run("About 180 workers who were freed from fraud compounds in March remain in detention in Laos."))
    assert [key for key in told if key.startswith("detention")] == ["detention@"], told


def test_the_next_day_reckons_from_the_day_just_told() -> None:
    told = events(run("A Velorian man was held by a fraud gang in Laos for three weeks before being released on "
                      "October 27. Mr. Tarn was promised work at a shipping firm in Thailand and arrived in Bangkok "
                      "on October 9. However, he was kidnapped to Laos the next day."))
    assert [key for key in told if key.startswith("kidnapping")] == ["kidnapping@2026-10-10"], told
    # (no day between: from the act told last)
    told = events(run("Police raided three compounds in Pursat on October 12. The next day, officers raided a casino "
                      "in Kampot."))
    assert sorted(key for key in told if key.startswith("raid")) == ["raid@2026-10-12", "raid@2026-10-13"], told


def test_a_seizure_during_a_raid_pointed_back_takes_its_day() -> None:
    told = events(run("A total of 80 people were arrested at two resorts in Penang on October 13. A total of 12 "
                      "Velorian nationals and 68 Malaysians were arrested during the raid. Officers also confiscated "
                      "300 mobile phones and 40 laptops."))
    assert sorted(told) == ["raid@2026-10-13", "seizure@2026-10-13"], told
    # (a seizure told after another act: no day of the raid's)
    told = events(run("A total of 80 people were arrested at two resorts in Penang on October 13. A total of 12 "
                      "Velorian nationals were arrested during the raid. After two suspects escaped, officers "
                      "confiscated 300 mobile phones."))
    assert "seizure@2026-10-13" not in told, told

"""Reader errors left by the whole made-up articles of session 57 (made-up names, places and numbers):
- "a month later", "two weeks later", "the following week": a time told against another act, kept
  as words (never reckoned from publication), so a later dated act of the kind does not take its people;
- a line of a bulleted list of headlines ("Key events - Police raid casino zone") tells no act, nor
  does the topic a live page follows ("our live coverage of the crackdown");
- "the group said it had detained 26 ...": a report's past perfect, the raid told before's taking;
- "They had been arrested in a raid on a casino": the people's past, a raid of its own, undated;
- "were detained by police in a raid on a villa in April and deported to X on Sept. 9": both acts
  take the people, however many phrases stand before "and";
- "The return last week ... flown back on February 12": one return, on the day that narrows the week;
- "Every raid is followed by a relocation": a habit, no act;
- a note closing an essay on its writer ("A B is a senior fellow at ...") and a byline over the
  writer's e-mail address name no person of the story;
- "A B, then 26 and working in a shop, ...": an age told at a time marks a person;
- "Thailand receives 88 citizens": a state taking its people back, no place."""

from datetime import date

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run

# (run() publishes on Thursday 2026-10-15)


def test_an_act_told_a_month_later_keeps_no_day_of_a_later_act() -> None:
    batch = run("In June 2025, Velmish troops stormed the Ardent Reed compound and detained 900 foreigners. "
                "Some 410 Chinese nationals among them were deported to China a month later.\n\n"
                "In Tazra, a crackdown launched in August 2025 has led to the deportation of about 2,100 foreigners.")
    deported = {f for f in facts(batch) if f[0] == "DEPORTED"}
    assert ("DEPORTED", "deportation@", "CN", 410) in deported, deported


def test_the_following_week_is_not_reckoned_from_publication() -> None:
    batch = run("Police raided a villa in Lotville on Monday and arrested 30 Chinese nationals. "
                "The following week, immigration officers deported 18 Thai nationals from Brenport.")
    assert "deportation@" in events(batch), events(batch)


def test_a_list_of_headlines_tells_no_act() -> None:
    batch = run("Our rolling coverage continues.\n\nKey events\n- Zorvania receives 40 citizens from Tazra\n"
                "- Tazran authorities raid casino zone\n\n5:10pm\n\n"
                "Zorvania: 17 Zorvanians who were freed from a compound in Tazra arrived home on Monday night.")
    assert not [k for k in events(batch) if k.startswith("raid")], events(batch)


def test_the_topic_a_page_follows_is_no_act() -> None:
    batch = run("Our live coverage of the regional crackdown on fraud dens continues.\n\nKelmland: 23 Kenyans who "
                "were freed from a compound in Tazra arrived in Nairobi on Monday night, the Kenyan foreign ministry said.")
    assert "rescue@" in events(batch) and "raid@" not in events(batch), events(batch)


def test_a_reports_past_perfect_is_the_raids_taking() -> None:
    batch = run("Police raided a compound in Korsa on Saturday and freed 210 workers, the ministry said. "
                "Police said they had arrested 18 Chinese managers.")
    assert set(events(batch)) == {"raid@2026-10-10"}, events(batch)
    assert ("ARRESTED", "raid@2026-10-10", "CN", 18) in facts(batch), facts(batch)


def test_a_raid_told_as_their_past_is_its_own() -> None:
    batch = run("Tazran police detained 500 people during a raid in the Velmo zone from May 5 to May 7, "
                "the ministry said.\n\nIn March this year, Tazran authorities deported 180 Chinese nationals "
                "through the Korsa checkpoint. They had been arrested in a raid on a casino hotel.")
    assert ("ARRESTED", "raid@", "CN", 180) in facts(batch), facts(batch)
    assert not [f for f in facts(batch) if f[1] == "raid@2026-05-05/2026-05-07" and f[3] == 180], facts(batch)


def test_a_raid_told_as_their_past_takes_no_later_day() -> None:
    batch = run("In March, Tazran authorities deported 180 Chinese nationals through the Korsa checkpoint. "
                "They had been arrested in a raid on a casino hotel.\n\n"
                "Police raided the Velmo zone on May 5 and arrested 300 people.")
    assert ("ARRESTED", "raid@", "CN", 180) in facts(batch), facts(batch)


def test_a_second_verb_after_phrases_of_place_and_time_takes_the_people() -> None:
    batch = run("The five were among 22 Japanese nationals who were detained by Tazran police in a raid on a "
                "villa in Korsa in April and deported to Japan on a chartered flight on Sept. 9.")
    assert ("DEPORTED", "deportation@2026-09-09", "JP", 22) in facts(batch), facts(batch)
    batch = run("Police said 22 Japanese nationals were detained in April and deported to Japan on Sept. 9.")
    assert ("DEPORTED", "deportation@2026-09-09", "JP", 22) in facts(batch), facts(batch)


def test_a_day_inside_the_week_told_narrows_the_return() -> None:
    batch = run("The return last week of 47 young men and women from a scam compound in Tazra should have been "
                "a relief.\n\nThe 47 were rescued on February 9 when Tazran troops raided a compound. They were "
                "flown back to Velmora on an air force plane on February 12.", date(2026, 2, 18))
    returns = [k for k in events(batch) if k.startswith("repatriation")]
    assert returns == ["repatriation@2026-02-12"], events(batch)


def test_every_raid_is_no_raid() -> None:
    assert not events(run("Every raid is followed by a relocation, said an analyst at the Velmo Institute."))


def test_each_before_a_verb_still_tells_the_act() -> None:
    """Guard (passes on the pristine code too): a floating "each" before a verb."""
    batch = run("The Korsa court on Monday sentenced Ivo Marek to nine years. Two recruiters were each "
                "sentenced to four years for trafficking.")
    assert any(k.startswith("charge") for k in events(batch)), events(batch)


_ESSAY = ("Why the region keeps failing its trafficked workers\n\nLintu Marr and Ossi Kaal | 5 May 2026\n\n"
          "Police raided a villa in Korsa on Monday and arrested 30 Chinese nationals. The raid was the fourth "
          "this year in the province, where gangs have run fraud rings out of rented homes since 2023.\n\n"
          "Governments across the region have promised to act, but few have shared data or money. Without "
          "both, the compounds simply move across the next border.\n\n")


def test_a_closing_note_on_the_writers_names_no_person() -> None:
    batch = run(_ESSAY + "Lintu Marr is a senior fellow at the Korsa Policy Forum. Ossi Kaal is a visiting researcher.")
    assert not names(batch, Label.PERSON), names(batch, Label.PERSON)


def test_a_scholar_the_story_quotes_stays_a_person() -> None:
    """Guard (passes on the pristine code too): named where the story quotes her."""
    batch = run("Police raided a villa in Korsa on Monday and arrested 30 Chinese nationals. The raid was the "
                "fourth this year in the province.\n\n\"They move faster than we do,\" said Ardel Vasquez, who "
                "studies the trade. Governments have promised to act.\n\n"
                "Ardel Vasquez is a research fellow at the Korsa Institute.")
    assert "Ardel Vasquez" in names(batch, Label.PERSON), names(batch, Label.PERSON)


def test_a_byline_over_an_address_names_no_person() -> None:
    batch = run("Recruiter jailed for trafficking\n\nBy Lintu Marrela\nlintum@harbourcourier.my\n\n"
                "July 30, 2026 @ 5:02pm\n\nKORSA: Police raided a villa in Korsa yesterday and arrested "
                "30 Chinese nationals.")
    assert not names(batch, Label.PERSON), names(batch, Label.PERSON)


def test_an_age_told_at_a_time_marks_a_person() -> None:
    batch = run("Ardi Pranoto, then 26 and working in a phone shop in Lubuk Raya, sent his CV the same evening.")
    assert "Ardi Pranoto" in names(batch, Label.PERSON), names(batch, Label.PERSON)
    batch = run("Ardi Pranoto, now 31, has not found work since he came home.")
    assert "Ardi Pranoto" in names(batch, Label.PERSON), names(batch, Label.PERSON)


def test_a_state_that_receives_its_people_is_no_place() -> None:
    batch = run("On 21 March, Thailand received 88 of its citizens from Cambodia at the Poipet border checkpoint.")
    assert "Thailand" not in names(batch, Label.LOCATION), names(batch, Label.LOCATION)
    batch = run("21 March: Vietnam receives 62 citizens at the Moc Bai border gate.")
    assert "Vietnam" not in names(batch, Label.LOCATION), names(batch, Label.LOCATION)

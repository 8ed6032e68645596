"""Kinds found by the session-47 audits of real stories (Chinese state media on handovers, Korean
outlets on Koreans in Cambodia, the late-2025 Myawaddy raids, Laos's special zone, Vietnamese
outlets on returns at border gates, Philippine hub raids, wire copy, African outlets on their
citizens), each shown here on made-up words."""

from tests.unit.test_news_extraction import events, facts, run


def test_one_named_mans_nationality_gives_no_nationality_to_workers_counted_later() -> None:
    told = facts(run("Investigators tie the Tarn Park owners to the Chinese underworld figure Zhao Wenrui.\n\n"
                     "The junta said its troops had cleared Tarn Park, freeing over 1,400 workers."))
    assert not any(f[0] == "RESCUED" for f in told)
    assert ("HAS_NATIONALITY", "Zhao Wenrui", "CN", None) in told


def test_a_new_total_reached_by_swelling_counts_no_act() -> None:
    told = events(run("The flight on November 5 carried 180 Indians home, swelling the year's total to over 900 "
                      "repatriations."))
    assert told["repatriation@2025-11-05"].get("count_repatriated") != 900


def test_two_counted_groups_share_the_verb_after_a_long_suspicion() -> None:
    text = ("At least 14 foreigners and seven Filipinos suspected of having links to a call hub in Pelar, "
            "Varoa were arrested in Tanauan City on Wednesday, police said.")
    assert events(run(text))["arrest@2026-10-14"]["count_arrested"] == 21
    told = facts(run(text))
    assert ("OCCURRED_AT", "arrest@2026-10-14", "Tanauan", None) in told
    assert not any(f[0] == "OCCURRED_AT" and f[2] == "hub in Pelar" for f in told)


def test_the_operation_this_follows_is_its_own_act_on_its_own_day() -> None:
    text = ("Police raided a hub in Tanauan on Monday. This follows a similar operation only a week prior, in "
            "which 210 individuals were arrested in a suspected call hub in Lipa City on 2 May 2024.")
    told = events(run(text))
    assert told["raid@2024-05-02"]["count_arrested"] == 210
    assert "count_arrested" not in told["raid@2026-10-12"]
    assert ("OCCURRED_AT", "raid@2024-05-02", "call hub in Lipa City", None) in facts(run(text))


def test_a_list_opening_the_clause_after_a_comma_takes_its_own_verb() -> None:
    told = facts(run("During the May 7 raid in Tanauan, where hundreds of people were freed, three Chinese and five "
                     "Taiwanese suspects were discovered."))
    assert ("FOUND", "raid@2026-05-07", "CN", 3) in told
    assert not any(f[0] == "RESCUED" for f in told)


def test_people_who_came_home_are_returned_where_no_verb_acts_on_them() -> None:
    told = facts(run("Border guards in Long An handled the entry of nearly 60 Vietnamese workers who returned to "
                     "Vietnam from Cambodia via the Hoa Lac border gate on June 2."))
    assert ("REPATRIATED", "repatriation@2026-06-02", "VN", 60) in told


def test_people_evacuated_to_their_homeland_are_brought_home() -> None:
    text = ("As many as 120 Vietnamese citizens stranded by the fighting in Shan State were evacuated to their "
            "homeland on March 3.")
    assert list(events(run(text))) == ["repatriation@2026-03-03"]
    assert ("REPATRIATED", "repatriation@2026-03-03", "VN", 120) in facts(run(text))
    assert "rescue@" in events(run("Troops evacuated 40 Thais from the compound to a shelter."))


def test_one_captive_person_is_counted_beside_the_others_arrested() -> None:
    told = facts(run("Officers freed a captive Korean man and arrested 12 other Korean nationals during a raid on "
                     "a compound in Kampot on Tuesday."))
    assert ("RESCUED", "raid@2026-10-13", "KR", 1) in told
    assert ("ARRESTED", "raid@2026-10-13", "KR", 12) in told


def test_more_people_following_on_another_day_are_another_act() -> None:
    told = facts(run("Sixty Ethiopians freed from compounds in Myanmar arrived home on June 4, followed by 90 more "
                     "on June 5."))
    assert ("REPATRIATED", "repatriation@2026-06-04", "ET", 60) in told
    assert ("REPATRIATED", "repatriation@2026-06-05", "ET", 90) in told


def test_an_act_someone_is_concerned_about_is_not_done() -> None:
    assert events(run("At a summit in Nairobi in March 2025, the minister voiced concern about the welfare, rescue "
                      "and return of the Kenyans still held in Myanmar.")) == {}
    assert events(run("The minister voiced worries over the rescue of the Kenyans.")) == {}


def test_a_raid_a_span_of_time_before_the_main_clause_takes_none_of_its_day() -> None:
    told = events(run("About four months after the raid on their office in Tanauan City, 38 Chinese nationals "
                      "were deported on June 6 by the Bureau of Immigration."))
    assert "raid@" in told and "raid@2026-06-06" not in told
    assert told["deportation@2026-06-06"]["count_deported"] == 38


def test_a_round_number_rescued_told_first_is_the_dated_raids_exact_one() -> None:
    text = ("An official said on Saturday that Philippine police had freed over five hundred people held in a "
            "compound. Officers raided the Velmar Tower on June 4 in Mabalacat city, and a total of 512 people "
            "were rescued.")
    assert events(run(text)) == {"raid@2026-06-04": {"type": "raid", "date": "2026-06-04", "count_rescued": 512}}
    assert ("CONDUCTED", "Philippine National Police", "raid@2026-06-04", None) in facts(run(text))


def test_nationals_counted_bare_in_a_story_of_one_people_are_that_people() -> None:
    told = facts(run("Seoul said the 64 South Koreans held in Cambodia would be flown home. A chartered flight "
                     "carrying about 40 nationals detained in Cambodia will land at Incheon on October 17."))
    assert ("REPATRIATED", "repatriation@2026-10-17", "KR", 40) in told
    told = facts(run("Police deported 30 Chinese on Monday. The embassy repatriated 40 foreign nationals."))
    assert not any(f[0] == "REPATRIATED" and f[2] == "CN" for f in told)


def test_a_span_of_months_told_with_this_year_keeps_its_months() -> None:
    told = events(run("From June to July this year, Thai police handed over 120 Chinese suspects to Yunnan "
                      "police in four batches."))
    assert told["repatriation@2026-06-01/2026-07-31"]["count_repatriated"] == 120


def test_a_body_that_led_the_operation_carried_it_out() -> None:
    told = facts(run("Police raided the Velmar compound in Tanauan on May 7. The National Bureau of Investigation "
                     "led the operation."))
    assert ("CONDUCTED", "National Bureau of Investigation", "raid@2026-05-07", None) in told
    told = facts(run("Police raided the Velmar compound on May 7. The National Bureau of Investigation led a "
                     "delegation to Manila."))
    assert not any(f[0] == "CONDUCTED" and f[1] == "National Bureau of Investigation" for f in told)


def test_people_who_found_their_way_home_were_found_by_no_one() -> None:
    told = events(run("She and three other Vietnamese workers planned an escape. The group of four got out of the "
                      "compound and found their way home to Vietnam last week."))
    assert not any(key.startswith("raid") for key in told)


def test_a_site_a_ring_moved_from_is_not_where_its_members_were_arrested() -> None:
    told = facts(run("Gangwon Provincial Police arrested 9 members of a fraud ring that had moved from the Tarn Bend "
                     "Economic Zone in Laos to Phnom Penh."))
    assert not any(f[0] == "OCCURRED_AT" for f in told)
    assert ("CONDUCTED", "Gangwon Provincial Police", "arrest@", None) in told

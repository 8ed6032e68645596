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
                     "carrying about 40 nationals detained in Cambodia landed at Incheon on October 13."))
    assert ("REPATRIATED", "repatriation@2026-10-13", "KR", 40) in told
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


def test_acts_one_telling_dated_all_take_the_day_told_later_for_one_of_them() -> None:
    told = events(run("Thai police said Sunday they had freed a captive held at a call centre in Kandal and detained "
                      "14 other Thais. The rescue took place last Wednesday at the Velmar complex, the agency said."))
    assert told["detention@2026-10-14"]["count_detained"] == 14
    assert "rescue@2026-10-14" in told


def test_a_raid_in_a_clause_with_its_own_subject_after_today_is_not_today() -> None:
    told = events(run("Velmora expelled 45 Chinese workers today after they had been held in a raid on the "
                      "Tarnwell Plaza call hub."))
    assert "raid@" in told and "raid@2026-10-15" not in told


def test_officials_listed_as_body_title_comma_honorific_name_each_keep_their_own() -> None:
    text = ("At the airport they were met by Ministry of Internal Affairs Permanent Secretary, Mr Okello Wamala "
            "Kisitu, International Labour Organization (ILO) Chief of Party, Mr Dauda Kyeyune Lutalo, and "
            "Ambassador to Kenya, Ms Agnes Nabirye.")
    told = facts(run(text))
    assert ("WORKS_FOR", "Okello Wamala Kisitu", "Ministry of Internal Affairs", None) in told
    assert ("WORKS_FOR", "Dauda Kyeyune Lutalo", "International Labour Organization", None) in told
    assert not any(f[:2] == ("WORKS_FOR", "Okello Wamala Kisitu") and f[2] != "Ministry of Internal Affairs"
                   for f in told)


def test_an_act_told_of_the_recent_past_is_not_the_days_act() -> None:
    told = facts(run("Cambodia expelled 41 South Korean scam suspects on Friday, the ministry said. In the recent "
                     "past, Cambodia also deported 95 South Korean nationals."))
    assert ("DEPORTED", "deportation@2026-10-09", "KR", 41) in told
    assert ("DEPORTED", "deportation@", "KR", 95) in told


def test_a_part_of_the_countrys_provinces_is_the_number_reached() -> None:
    told = events(run("Police have widened their raids to seven of the country's 25 provinces, the minister said."))
    assert told["raid@"]["count_provinces"] == 7


def test_sites_sealed_give_no_count_to_an_officials_visit() -> None:
    told = events(run('"We have sealed about 75 locations," said Chea Bora on Tuesday before visiting the Velmar '
                      'compound in Kep province.'))
    assert all("count_sites" not in props for props in told.values())


def test_things_seized_counted_again_are_no_one_arrested() -> None:
    told = events(run("Police seized 240 bank books in the raid. Officers said the 240 seized bank books were tied "
                      "to 300 complaints. Police have also arrested three Thais."))
    assert told["raid@"]["count_arrested"] == 3


def test_myanma_is_a_demonym() -> None:
    told = facts(run("Police arrested nine Chinese nationals and three Myanma workers in a rented house in Mae Sot "
                     "district on Wednesday."))
    assert ("ARRESTED", "arrest@2026-10-14", "MM", 3) in told or ("ARRESTED", "raid@2026-10-14", "MM", 3) in told


def test_a_source_after_according_to_is_no_gang() -> None:
    batch = run("Police arrested four suspects in Bang Na on Wednesday. According to Pol Maj Gen Somkid Thanarat, "
                "the gang ran investment scams and hired mule account holders.")
    assert ("Person", "Somkid Thanarat") in {(n.label.value, n.name) for n in batch.nodes.values()}
    assert not any(f[0] == "ENGAGED_IN" and f[1] == "Somkid Thanarat" for f in facts(batch))


def test_people_seized_by_forces_told_of_before_are_arrested() -> None:
    told = events(run("A combined team of security forces carried out checks in Namkham on 2 June. It seized 140 Chinese "
                      "male nationals and 9 Chinese female nationals staying illegally in the town."))
    assert not any(key.startswith("kidnapping") for key in told)


def test_a_group_holding_the_villages_runs_no_scams() -> None:
    told = facts(run("Phone scam rings run by Chinese bosses in Hlaingbwe are spreading into hamlets held by "
                     "the Democratic Karen Buddhist Army."))
    assert not any(f[0] == "ENGAGED_IN" and f[1] == "Democratic Karen Buddhist Army" for f in told)


def test_efforts_by_a_government_to_rescue_are_no_rescue_nor_its_doing() -> None:
    told = events(run("Amid efforts by the Indian government to free Indians held in Myanmar, the Odisha police "
                      "arrested three agents on May 2."))
    assert list(told) == ["arrest@2026-05-02"]
    told = facts(run("Following steady efforts made by the Government of Nepal, twelve Nepalis held in the Tarn "
                     "Heron compound have been rescued by the Myanmar military authorities in Myawaddy."))
    assert ("CONDUCTED", "Myanmar military", "rescue@", None) in told
    assert not any(f[0] == "CONDUCTED" and f[1] == "Government of Nepal" for f in told)


def test_warrants_a_man_has_outstanding_are_no_warrant_issued() -> None:
    told = events(run("Forty Taiwanese came back from Cambodia on Wednesday, police said. Among them is a man "
                      "surnamed Ko, 41, who has nine outstanding warrants."))
    assert not any(key.startswith("warrant") for key in told)


def test_visit_passes_are_no_visit() -> None:
    told = events(run("Police raided a bungalow in Ampang on Tuesday and detained nine Chinese nationals. Commissioner "
                      "Aziz Rahman said the ring's members entered the country using social visit passes in March "
                      "last year."))
    assert not any(key.startswith("visit") for key in told)


def test_a_breakdown_after_an_aside_of_ages_keeps_its_first_count() -> None:
    told = facts(run("Police arrested 30 people in raids in Ipoh on May 6. The suspects, aged between 20 and 45, "
                     "comprised 25 local people and five foreign men: three from Bangladesh and one each from "
                     "Nepal and Vietnam."))
    assert ("ARRESTED", "raid@2026-05-06", "BD", 3) in told


def test_a_man_from_a_country_in_a_list_is_one_of_its_people() -> None:
    told = facts(run("Police raided a flat in Cheras on May 6 and held ten people: six Chinese women, a man "
                     "from Turkiye and three Malaysians."))
    assert ("DETAINED", "raid@2026-05-06", "TR", 1) in told


def test_a_group_broken_down_in_brackets_shares_the_verb_after_the_list() -> None:
    told = facts(run("During the sweep between 3 and 5 June 2024, 214 Chinese (190 men and 24 women) and 97 Myanmar "
                     "nationals suspected of working for online fraud rings in Pindaya were arrested."))
    assert ("ARRESTED", "raid@2024-06-03/2024-06-05", "CN", 214) in told


def test_word_of_the_arrests_told_before_is_no_new_arrest() -> None:
    told = events(run("Police in Poipet raided the Velmar compound on May 28 and arrested 40 Taiwanese. After getting "
                      "notification of the arrests on 2 June, the island's office in Hanoi opened talks with Phnom Penh."))
    assert list(told) == ["raid@2026-05-28"]


def test_an_act_told_as_the_nth_of_its_kind_is_no_act() -> None:
    told = events(run("The Immigration Department on Thursday deported 70 Chinese nationals. It is the fifth time this "
                      "year that Cambodia expelled people found guilty of phone scams."))
    assert not any(key.startswith("charge") for key in told)


def test_men_and_women_in_brackets_after_a_count_are_its_parts() -> None:
    told = facts(run("Police said 214 Chinese (190 men and 24 women) were held on Monday."))
    assert [f[3] for f in told if f[0] == "DETAINED"] == [214]


def test_a_body_that_only_checked_the_freed_did_not_free_them_and_their_flight_home_counts() -> None:
    told = facts(run("Two Taiwanese students freed from the Tarn Bay park in Myanmar passed checks by Thai "
                     "authorities and flew home on Tuesday, the bureau said."))
    assert not any(f[0] == "CONDUCTED" and f[1] == "Thai authorities" for f in told)
    assert ("REPATRIATED", "repatriation@2026-10-13", "TW", 2) in told


def test_the_day_someone_was_speaking_on_radio_dates_the_telling() -> None:
    told = events(run("Speaking on radio on Saturday, security chief Lam Chi-wai said the 31-year-old Hong Kong man "
                      "had been freed from a scam park."))
    assert "rescue@" in told and "rescue@2026-10-10" not in told


def test_a_body_and_a_unit_of_another_body_both_made_the_arrest() -> None:
    told = facts(run("On March 3, the Central Bureau of Investigation (CBI) and the Crime Branch of Delhi Police "
                     "arrested Imran Siddiqui for sending young men to Laos."))
    assert {("CONDUCTED", "Central Bureau of Investigation", "arrest@2026-03-03", None),
            ("CONDUCTED", "Delhi Police", "arrest@2026-03-03", None)} <= told


def test_another_group_following_on_a_later_day_is_another_act() -> None:
    told = facts(run("On June 5, 41 Indonesian citizens were flown home from Bokeo, Laos, followed by another 57 "
                     "citizens on June 12."))
    assert ("REPATRIATED", "repatriation@2026-06-05", "ID", 41) in told
    assert ("REPATRIATED", "repatriation@2026-06-12", "ID", 57) in told


def test_victims_whose_ages_are_set_off_take_the_verb_after_them() -> None:
    told = facts(run("On March 3, four Filipino victims, aged 23, 27, 33 and 41, were rescued at the airport by "
                     "police."))
    assert ("RESCUED", "rescue@2026-03-03", "PH", 4) in told


def test_acts_under_way_or_doubted_are_not_done() -> None:
    told = facts(run("Some 120 Nepalis have been rescued from compounds in Myawaddy since January. A further 85 "
                     "Nepalis are now undergoing rescue and repatriation procedures, the ministry said."))
    assert not any(f[0] == "RESCUED" and f[3] == 85 for f in told)
    assert events(run("For the 80,000 workers still in the Tarn Garden compounds, repatriation will be neither quick "
                      "nor certain.")) == {}


def test_people_who_found_freedom_were_found_by_no_one() -> None:
    told = events(run("Five women and 25 men found freedom in Laos after fleeing the Tarn Dragon casino."))
    assert not any(key.startswith("raid") for key in told)


def test_border_crossers_broken_down_by_nationality_are_counted() -> None:
    told = facts(run("On November 18, 2025, Thai rangers arrested seven border crossers, consisting of four Chinese "
                     "and three Vietnamese nationals, near Ban Sok village."))
    assert ("ARRESTED", "arrest@2025-11-18", "CN", 4) in told


def test_an_operation_run_with_the_missions_is_the_return_not_a_raid() -> None:
    told = events(run("Eleven Sri Lankans made to work in scam centres in Myawaddy have been flown home, the ministry "
                      "said. Their return was secured in an operation carried out jointly with the Sri Lankan "
                      "missions in both countries."))
    assert not any(key.startswith("raid") for key in told)


def test_a_court_that_initially_sentenced_people_did_so() -> None:
    told = events(run("The Qinghe Intermediate People's Court initially sentenced Zhao Wenrui and Zhao Lei to death on "
                      "September 14, 2025."))
    assert "charge@2025-09-14" in told


def test_people_a_survivor_says_were_being_held_are_no_detention() -> None:
    told = events(run("Last month's operation by Thai and Myanmar authorities freed more than 3,000 people from the "
                      "Tarn Bay compound. One Kenyan survivor said about 450 people were being held in his block "
                      "too."))
    assert all("count_detained" not in props for props in told.values())


def test_every_people_in_a_list_before_authorities_names_a_body() -> None:
    told = facts(run("After last week's operation by Lao, Chinese and Thai authorities, more than 900 people were "
                     "freed from the Tarn Reed compound in Bokeo."))
    assert {"Lao authorities", "Chinese authorities", "Thai authorities"} <= {f[1] for f in told if f[0] == "CONDUCTED"}


def test_people_who_escaped_arrest_were_neither_arrested_nor_freed() -> None:
    told = events(run("Police on Monday raided a villa in Korat and arrested 11 people. The two ringleaders had run "
                      "scams in several countries, including Laos, where they had escaped arrest until they were traced "
                      "to Thailand."))
    assert list(told) == ["raid@2026-10-12"]


def test_a_crackdown_starting_in_a_month_does_not_take_over_a_raid_told_by_its_doer() -> None:
    told = events(run("The junta said on Monday it raided Tarn Park and found close to 2,200 workers there. A "
                      "crackdown by Chinese and Lao authorities starting in February sent thousands of suspects "
                      "home."))
    assert told["raid@2026-10-12"]["count_found"] == 2200


def test_an_item_joined_by_as_well_as_in_a_dashed_list_is_counted() -> None:
    told = facts(run("Nine men - four Australians, as well as three Irish nationals and two Germans - were held at a "
                     "house in Korat on 10 March."))
    assert ("DETAINED", "detention@2026-03-10", "AU", 4) in told


def test_names_and_ages_set_off_by_dashes_leave_the_count_its_verb() -> None:
    told = facts(run("Three Cambodian nationals — Sokha, 35, Veasna, 24, and Rithy, 38 — were apprehended in Bang "
                     "Khen district, Bangkok."))
    assert ("ARRESTED", "arrest@", "KH", 3) in told


def test_workers_from_many_countries_take_no_one_nationality_told_elsewhere() -> None:
    told = facts(run("Hundreds of Chinese nationals freed from the compounds flew home through Thailand on Tuesday. "
                     "Myanmar has raided some of the compounds, freeing about 5,000 workers from over 20 "
                     "countries."))
    assert not any(f[0] == "RESCUED" and f[3] == 5000 for f in told)


def test_a_bylines_name_stops_before_the_datelines_city() -> None:
    names = {n.name for n in run("By Sopheap Chan YANGON (Reuters) - Myanmar will send 17 South Korean nationals home "
                                 "on Friday.").nodes.values()}
    assert "Sopheap Chan" in names and "Sopheap Chan YANGON" not in names


def test_people_ready_for_repatriation_are_not_yet_sent_home() -> None:
    told = events(run("On Thursday, 240 Chinese nationals were sent home through the Friendship Bridge, while the "
                      "remaining 1,310 people are ready for repatriation."))
    assert told["repatriation@2026-10-15"]["count_repatriated"] == 240


def test_an_armed_group_that_says_its_forces_raided_did_and_questioning_traffickers_runs_no_trafficking() -> None:
    told = facts(run("The Karen National Union said its forces raided the Tarn Pine compound and arrested 150 "
                     "foreigners. The KNU is now questioning compound bosses and human traffickers held there."))
    assert ("CONDUCTED", "Karen National Union", "raid@", None) in told
    assert not any(f[0] == "ENGAGED_IN" and f[1] == "Karen National Union" for f in told)

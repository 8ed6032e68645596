"""Kinds found by the session-48 audits of real stories (South Asian outlets on their citizens,
victims from Latin America and Central Asia, multinational police operations, court verdicts,
Cambodian daily raid reports, Japanese and Taiwanese suspects, sanctions, Thai border work,
survivor features), each shown here on made-up words."""

from datetime import date

from scamgraph.loaders.dates import find_dates
from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from scamgraph.model import GraphBatch, Label
from tests.unit.test_news_extraction import PUBLISHED, events, facts, names, run


def _people(batch: GraphBatch) -> dict[str, str | None]:
    return {n.name: n.properties.get("role") for n in batch.nodes.values() if n.label is Label.PERSON}


def _kinds(batch: GraphBatch, label: Label) -> dict[str, str | None]:
    return {n.name: n.properties.get("kind") for n in batch.nodes.values() if n.label is label}


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def _sites(text: str) -> dict[str, dict]:
    return {n.name: n.properties for n in run(text).nodes.values() if n.label is Label.SITE}


def test_a_dated_act_counting_other_people_is_not_the_undated_act_told_before() -> None:
    text = ("Thai police helped repatriate 85 Kenyan workers freed from the Lotus Bay compound, the ministry said. "
            "In January 2024, the army handed over 4,100 suspected fraudsters to China.")
    told = facts(run(text))
    assert ("REPATRIATED", "repatriation@", "KE", 85) in told
    assert not any(f[1] == "repatriation@2024-01" and f[2] == "KE" for f in told)
    # the same people counted again in a dated sentence are the act told first, given its day
    again = events(run("Police arrested 52 Taiwanese in Penang. Late in March 2026, officers arrested a total of 90 "
                       "suspects, including 52 from Taiwan and 38 from China."))
    assert list(again) == ["arrest@2026-03"]


def test_regional_police_bodies_are_agencies() -> None:
    told = facts(run("The sweep, run by ASEANAPOL with help from AFRIPOL, led to 230 arrests in Laos between 4 and 9 "
                     "May 2025."))
    assert {f[1] for f in told if f[0] == "PARTICIPATED_IN"} >= {"ASEANAPOL", "AFRIPOL"}


def test_victims_safeguarded_are_rescued_not_arrested() -> None:
    told = events(run("The week-long sweep in Laos ended with the safeguarding of 640 likely trafficking victims "
                      "and the arrest of 95 suspects."))
    (sweep,) = told.values()
    assert (sweep["count_rescued"], sweep["count_arrested"]) == (640, 95)
    assert events(run("The bureau is safeguarding young users with new rules.")) == {}


def test_an_operations_code_name_is_no_person() -> None:
    batch = run("Police in nine countries freed 210 victims. The operation, known as Copper Tide III, ran from 1 to "
                "7 May 2025; a second sweep, dubbed Grey Owl, followed.")
    assert not any(f[1] in {"Copper Tide III", "Grey Owl"} or f[2] in {"Copper Tide III", "Grey Owl"}
                   for f in facts(batch))
    assert names(batch, Label.PERSON) == set()


def test_names_alone_on_a_line_above_the_body_are_its_writers() -> None:
    text = ("Police freeze more Silver Reed assets\n\nTeo Siew Hwa\n\nTeo Siew Hwa\n\nPublished Tue, Oct 13, 2026\n\n"
            "Police said on Monday they had frozen more assets of the Silver Reed group, run by Goh Tian Seng.")
    batch = extract(Article(text=text, title="The Harbour Gazette", published=PUBLISHED))
    assert names(batch, Label.PERSON) == {"Goh Tian Seng"}


def test_a_person_whose_rescue_an_act_followed_is_not_rescued_by_it() -> None:
    told = facts(run("Thai troops raided a hub in Poipet on Monday, freeing 35 Thais. The army stepped up the crackdown "
                     "after the rescue of the Chinese singer Zhou Lan, who had been lured to Myawaddy."))
    assert not any(f[0] == "RESCUED" and f[2] == "Zhou Lan" for f in told)
    assert ("RESCUED", "raid@2026-10-12", "TH", 35) in told


def test_an_act_told_in_a_hyphened_apposition_is_done_to_the_person_it_follows() -> None:
    told = facts(run("Prosecutors named Lu Jianhao, a Shanghai-born hotel owner deported to China in March, and "
                     "Okhna Chea Vantha."))
    assert ("DEPORTED", "deportation@2026-03", "Lu Jianhao", None) in told
    assert not any(f[2] == "Chea Vantha" and f[0] == "DEPORTED" for f in told)


def test_deaths_a_verdict_names_far_after_its_finding_keep_no_day_of_it() -> None:
    told = events(run("A militia commander from Shan State was sentenced to death on Monday by a court in Kunming for "
                      "running fraud compounds whose guards caused the deaths of four Chinese workers."))
    assert "charge@2026-10-12" in told
    assert "death@" in told


def test_a_crackdown_told_since_last_year_gives_no_span_to_the_raid_told_before() -> None:
    told = events(run("Police held three Lao nationals after a raid in Kep. Officials say courts have tried over 200 "
                      "scam bosses since last year's crackdown."))
    assert "raid@" in told


def test_an_operation_counted_across_jurisdictions_is_held_in_no_one_city() -> None:
    batch = run("A month-long sweep by police in six Asian jurisdictions led to the arrest of 720 people, Hong Kong "
                "police said. In Penang, officers raided two shophouses and seized laptops.")
    (sweep,) = [n for n in batch.nodes.values() if n.label is Label.EVENT and n.properties.get("count_arrested") == 720]
    assert not any(e.source == sweep.key and e.type.value == "OCCURRED_AT" for e in batch.edges)


def test_a_part_set_off_after_the_acts_place_is_of_the_people_counted() -> None:
    told = facts(run("Police said 740 foreigners were detained on Sunday in a raid on a hotel in Bavet, 515 of them "
                     "Indonesian."))
    assert ("DETAINED", "raid@2026-10-11", "ID", 515) in told
    sent = facts(run("Officials said 318 foreigners were sent home via Phnom Penh airport on Monday, 120 of them Thai."))
    assert ("REPATRIATED", "repatriation@2026-10-12", "TH", 120) in sent


def test_people_believed_to_be_of_a_nationality_with_no_comma_are_of_it() -> None:
    told = facts(run("Police detained 14 people believed to be Filipino at a rented villa in Bokeo on Monday."))
    assert ("DETAINED", "detention@2026-10-12", "PH", 14) in told


def test_one_young_person_of_a_nationality_is_counted_as_one() -> None:
    assert ("RESCUED", "rescue@2026-10-13", "ID", 1) in facts(run(
        "A 15-year-old Indonesian boy was rescued from the Lotus Bay compound on Tuesday."))
    assert ("RESCUED", "rescue@2026-10-13", "TH", 1) in facts(run(
        "A Thai teen was rescued from the Lotus Bay compound on Tuesday."))
    assert ("RESCUED", "rescue@2026-10-13", "PH", 1) in facts(run(
        "Soldiers rescued a Filipino high-school student from the Lotus Bay compound on Tuesday."))


def test_a_part_out_of_a_whole_after_found_that_takes_the_verb_after_the_whole() -> None:
    told = events(run("An audit of court files found that 11 out of 19 Thai defendants were sentenced to prison."))
    assert [e.get("count_charged") for e in told.values()] == [11]
    assert any(f[0] == "CHARGED" and f[2] == "TH" and f[3] == 11 for f in facts(run(
        "An audit of court files found that 11 out of 19 Thai defendants were sentenced to prison.")))


def test_one_person_named_by_a_singular_demonym_in_a_list_is_of_that_nationality() -> None:
    batch = run("A trade weekly said the staff included 12 Chinese, two Laotians, one Kazakh and a Peruvian.")
    assert {"Kazakhstan", "Peru"} <= names(batch, Label.NATIONALITY)
    assert "Philippines" not in names(run("Police searched a Philippine Offshore Gaming Operator hub in Pasay."),
                                      Label.NATIONALITY)


def test_a_span_of_whole_years_is_a_date() -> None:
    found = find_dates("From 2017 to 2022, some 90 in all were held.", 0, date(2026, 10, 15))
    assert [(d.text, d.value, d.period) for d in found] == [("From 2017 to 2022", "2017-01-01/2022-12-31", True)]
    assert [d.value for d in find_dates("between 2021 and 2026, 40 returned", 0, date(2026, 10, 15))] \
        == ["2021-01-01/2026-10-15"]
    assert not find_dates("between 2000 and 2050 workers were freed", 0, date(2026, 10, 15))


def test_a_tally_over_years_told_after_the_days_act_keeps_apart() -> None:
    told = run("Police in Laos detained 18 people at a rented villa in Vientiane on June 2, officials said. "
               "From 2020 to 2024, a total of 240 South Koreans were detained at 11 sites in three countries.")
    assert events(told)["detention@2026-06-02"]["count_detained"] == 18
    assert events(told)["detention@2020-01-01/2024-12-31"]["count_detained"] == 240
    assert not any(f[1] == "detention@2026-06-02" and f[3] == 240 for f in facts(told))


def test_an_act_of_one_year_after_a_tally_of_years_is_not_the_lead() -> None:
    told = events(run("Lao police have arrested some 30 men thought to be Korean, the ministry said. "
                      "From 2017 to 2022, 260 Koreans in all were arrested in raids in three countries. "
                      "In 2017, 47 people were arrested in a raid in Malaysia."))
    assert told["arrest@"]["count_arrested"] == 30
    assert told["raid@2017"]["count_arrested"] == 47


def test_a_figure_of_the_previous_government_is_no_part_of_the_periods_act() -> None:
    told = events(run("Cambodia has deported more than 9,000 foreigners linked to online fraud over the past two "
                      "years, Interior Minister Lim Dara said on Tuesday. He added that under the previous "
                      "government, some 14,000 foreigners had also been deported for similar crimes."))
    assert told["deportation@2024-10-15/2026-10-15"]["count_deported"] == 9000
    assert told["deportation@"]["count_deported"] == 14000
    told = events(run("Cambodia deported more than 12,000 foreigners over the past two years, the minister said. "
                      "He noted that during the previous 5th legislature, about 19,000 foreigners were also "
                      "deported."))
    assert told["deportation@2024-10-15/2026-10-15"]["count_deported"] == 12000


def test_outstanding_warrants_people_hold_are_no_warrant_issued() -> None:
    told = events(run("A bus carrying 80 Thais reached the Mae Sai checkpoint on Sunday. Five of them had "
                      "outstanding arrest warrants for fraud."))
    assert not any(key.startswith("warrant") for key in told)
    assert told["repatriation@2026-10-11"]["count_repatriated"] == 80
    told = events(run("Officers sorted the returnees into groups: six individuals with court warrants and 40 "
                      "people who had overstayed."))
    assert not any(key.startswith("warrant") for key in told)
    told = events(run("Police said on Monday they had issued arrest warrants for 12 gang leaders."))
    assert told["warrant@2026-10-12"]["count_warrants"] == 12  # (warrants issued are still a warrant)


def test_an_investigating_judges_title_is_no_investigation() -> None:
    told = events(run("Velmora Provincial Court Investigating Judge Lim Sokha issued detention orders for Zhao Ming "
                      "and Sun Li, the police said."))
    assert not any(key.startswith("investigation") for key in told)
    told = events(run("The investigating officer, Major Kim Dara, said police arrested 20 Chinese nationals in "
                      "Kampot on Monday."))
    assert list(told) == ["arrest@2026-10-12"]


def test_escaping_a_hardship_is_no_escape() -> None:
    told = events(run("In March 2023, Dewi Larasati answered an online job advert that she believed would help her "
                      "parents escape the grinding poverty of their village near Medan."))
    assert not any(key.startswith("escape") for key in told)


def test_people_fleeing_compounds_as_those_a_shelter_serves_is_no_escape() -> None:
    told = events(run("A Cambodian shelter for people fleeing scam compounds has turned away 200 people this month."))
    assert not any(key.startswith("escape") for key in told)
    told = events(run("Three Kenyans escaped from a compound in Myawaddy on Monday."))
    assert "escape@2026-10-12" in told


def test_people_released_from_scam_gangs_were_rescued() -> None:
    told = events(run("More than 200 foreign nationals were released from scam gangs in Laos last week."))
    assert told["rescue@2026-10-05/2026-10-11"]["count_rescued"] == 200


def test_a_counted_group_released_on_a_day_opening_its_clause_was_rescued_with_its_parts() -> None:
    batch = run("The army said the 140 foreigners released on Tuesday came from 12 countries, including six from Kenya.")
    assert events(batch)["rescue@2026-10-13"]["count_rescued"] == 140
    assert ("RESCUED", "rescue@2026-10-13", "KE", 6) in facts(batch)
    bail = events(run("Police said the 12 foreigners released on bail on Tuesday were Chinese."))
    assert not any(key.startswith("rescue") for key in bail)  # the law let them go, no captors


def test_a_part_that_had_already_returned_was_sent_home() -> None:
    text = ("Police in Tarvo said they had received 40 calls for help from residents held in Laos. "
            "Among them, 22 had already returned.")
    assert events(run(text))["repatriation@"]["count_repatriated"] == 22
    tally = events(run("So far, 300 had already been rescued."))
    assert all("count_rescued" not in props for props in tally.values())  # no part: a tally


def test_a_dateline_after_a_stored_pages_date_stamp_dates_no_act() -> None:
    text = (" date 2026-10-14 Manila, Oct 14 (PNA) The NBI has arrested three recruiters who sent Filipinos to "
            "scam hubs in Myanmar, it said in a statement on Wednesday.\n\nThe three were arrested on Tuesday in "
            "Pasay City.")
    told = events(extract(Article(text=text, title="t", published=date(2026, 10, 14))))
    assert [k for k in told if k.startswith("arrest")] == ["arrest@2026-10-13"]


def test_people_handed_to_a_country_of_passage_are_not_its_nationals() -> None:
    told = facts(run("The militia handed over 210 trafficked workers to Thailand at the Moei crossing; most of them "
                     "were Vietnamese and will fly home from Mae Sot."))
    assert not any(f[0] == "REPATRIATED" and f[2] == "TH" for f in told)


def test_a_body_s_possessive_with_a_curly_apostrophe_does_its_act() -> None:
    told = facts(run("Officials said the case grew out of Lao authorities\u2019 raids on two buildings in Tonpheung on "
                     "June 4."))
    assert ("CONDUCTED", "Lao authorities", "raid@2026-06-04", None) in told


def test_people_named_by_their_part_in_moving_scam_money_are_counted() -> None:
    told = events(run("Police in Penang arrested 11 money mules and four bank account holders on Monday."))
    assert told["arrest@2026-10-12"]["count_arrested"] == 15


def test_what_a_gang_tells_its_victim_on_the_phone_is_no_act() -> None:
    told = events(run("The gang rang a pensioner in Sapporo, claiming he was under investigation for fraud, and took "
                      "3 million yen from him."))
    assert not any(k.startswith("investigation") for k in told)


def test_officials_from_a_countrys_named_body_are_no_body_of_their_own() -> None:
    batch = run("Officials from Bangladesh's Bureau of Manpower warned on Monday that Laos is a hub for job scams.")
    assert not any(name.endswith("officials") for name in names(batch, Label.AGENCY))


def test_a_breakdown_told_at_a_named_press_conference_today_is_the_raids() -> None:
    text = ("Police have held 25 people accused of renting out their bank accounts in 14 raids across Perak. "
            "\"Those arrested comprised 19 local men and six foreign men: four from Nepal and two from Laos,\" "
            "the state police chief told a press conference at Menara Delima today.")
    told = events(run(text))
    assert not any(key.startswith("arrest@") for key in told)
    assert ("ARRESTED", "raid@", "NP", 4) in facts(run(text))


def test_a_list_of_the_held_posted_to_facebook_on_a_later_day_is_no_second_act() -> None:
    text = ("Cambodian police have arrested 6 foreign nationals after a raid on a villa in Kampot on Monday.\n\n"
            "Among those taken into custody were four Thai men and two Lao women, police said in a statement "
            "posted to Facebook on Tuesday.")
    assert list(events(run(text))) == ["raid@2026-10-12"]
    assert ("DETAINED", "raid@2026-10-12", "TH", 4) in facts(run(text))


def test_a_list_that_names_some_of_the_arrested_counts_no_first_item_as_the_held() -> None:
    text = ("Police arrested 12 foreign nationals in a raid on a hotel in Kep on Monday. "
            "The group held includes five Lao men, four Thai men and a Thai woman.")
    raid = events(run(text))["raid@2026-10-12"]
    assert raid["count_arrested"] == 12
    assert raid.get("count_detained") != 5


def test_people_named_by_the_arrest_last_week_are_that_raids() -> None:
    text = ("Officers raided a flat in Cebu on October 6 and arrested 11 people, including three Chinese. "
            "\"The people we arrested last week were mainly moving stolen funds,\" a police spokesman said.")
    assert list(events(run(text))) == ["raid@2026-10-06"]
    assert ("ARRESTED", "raid@2026-10-06", "CN", 3) in facts(run(text))


def test_a_region_named_outlet_reported_by_and_described_as_a_medium_is_the_outlet() -> None:
    batch = run("The figure was first published and reported by The Irrawaddy, an exiled news site based abroad.")
    assert "Irrawaddy" not in names(batch, Label.LOCATION)
    assert _kinds(batch, Label.ORGANIZATION).get("The Irrawaddy") == "media"
    assert "Irrawaddy" in names(run("Troops pushed into the Irrawaddy, a delta region, on Monday."), Label.LOCATION)


def test_a_self_administered_division_is_a_region_and_no_doer() -> None:
    batch = run("Across the Wa Self-Administered Division in northern Shan State, local police held 62 Chinese "
                "nationals at a betting den on Friday.")
    assert "Wa Self-Administered Division" in names(batch, Label.LOCATION)
    assert not any(f[0] == "CONDUCTED" for f in facts(batch))


def test_a_self_administered_division_of_a_state_ends_before_of() -> None:
    batch = run("Within the Wa Self-Administered Division of Myanmar, officers held 62 Chinese nationals on Friday.")
    assert "Wa Self-Administered Division" in names(batch, Label.LOCATION)
    assert not names(batch, Label.AGENCY)


def test_a_self_administered_zone_is_no_scam_site() -> None:
    batch = run("Officers in the Danu Self-Administered Zone held 62 Chinese nationals on Friday.")
    assert "Danu Self-Administered Zone" in names(batch, Label.LOCATION)
    assert not names(batch, Label.SITE)


def test_hong_kongs_bureau_is_named_with_the_place_not_its_people() -> None:
    batch = run("Hong Kong's Security Bureau told reporters on Friday that 12 residents had flown back from Laos.")
    assert "Hong Kong Security Bureau" in names(batch, Label.AGENCY)
    assert not any("Konger" in name for name in names(batch, Label.AGENCY))


def test_new_zealands_ministry_is_named_with_the_place() -> None:
    batch = run("New Zealand's Foreign Ministry told reporters on Friday that 12 citizens had flown back from Laos.")
    assert "New Zealand Foreign Ministry" in names(batch, Label.AGENCY)


def test_a_phnom_penh_district_is_no_myanmar_state() -> None:
    batch = run("Officers held 17 suspects in Chamkar Mon on Friday.")
    assert "Mon" not in names(batch, Label.LOCATION)
    assert ("OCCURRED_AT", "detention@2026-10-09", "Chamkar Mon", None) in facts(batch)


def test_a_border_command_centre_is_a_state_agency() -> None:
    batch = run("The Thailand-Laos Border Command Centre for Nong Khai said on Friday that troops had held 9 Chinese "
                "nationals near the river.")
    assert _kinds(batch, Label.AGENCY).get("Thailand-Laos Border Command Centre for Nong Khai") == "military"
    assert not names(batch, Label.ORGANIZATION)


def test_a_deputy_mayor_keeps_deputy() -> None:
    batch = run("Raids were led by the Deputy Mayor of Kampot, Sok Vanna, backed by the gendarmerie.")
    assert _people(batch).get("Sok Vanna") == "deputy mayor"


def test_a_founder_is_no_chairman() -> None:
    batch = run("Investigators froze funds held by Wei Jinlong, the founder of Jade Harbour Holdings.")
    assert _people(batch).get("Wei Jinlong") == "founder"


def test_an_owner_is_no_chairman() -> None:
    batch = run("Investigators froze funds held by Wei Jinlong, the owner of Jade Harbour Holdings.")
    assert _people(batch).get("Wei Jinlong") == "owner"


def _headlined(title: str, body: str) -> GraphBatch:
    return extract(Article(text=f"{title}\n\n{body}", title=title, published=date(2026, 10, 15)))


def test_a_title_case_headline_of_a_fine_names_no_body() -> None:
    batch = _headlined("Judge Fines Lusaka Company, Directors for Sending Driver to Laos Scam Hub",
                       "The High Court in Lusaka has fined Greenway Staffing Limited for sending a driver to Laos.")
    found = names(batch, Label.ORGANIZATION) | names(batch, Label.AGENCY)
    assert not any(name.startswith(("Fines", "Judge Fines")) for name in found)


def test_a_title_case_headline_of_an_acquittal_names_no_agency() -> None:
    batch = _headlined("Panel Clears Lusaka Agency and Director in Laos Trafficking Case",
                       "The High Court in Lusaka has cleared Greenway Staffing Limited of sending a driver to Laos.")
    assert not any("Clears" in name for name in names(batch, Label.AGENCY) | names(batch, Label.ORGANIZATION))


def test_a_title_case_headline_of_a_finding_names_no_company() -> None:
    batch = _headlined("Court Finds Lusaka Company, Directors Guilty of Sending Driver to Laos",
                       "The High Court in Lusaka has fined Greenway Staffing Limited for sending a driver to Laos.")
    assert not any("Finds" in name for name in names(batch, Label.AGENCY) | names(batch, Label.ORGANIZATION))


def test_people_handed_to_judicial_custody_are_sent_nowhere() -> None:
    text = ("Officers in Mersin held 52 Laotians at a warehouse on Monday. Three of the seven alleged bosses "
            "were then handed over to judicial custody.")
    assert "repatriation" not in kinds(text)
    assert "detention" in kinds(text)


def test_people_handed_into_police_custody_are_sent_nowhere() -> None:
    assert "repatriation" not in kinds("The two recruiters were handed over into police custody in Cebu.")


def test_things_handed_to_counted_people_hand_over_no_one() -> None:
    assert not events(run("At the bus depot a broker handed plane tickets to four young men heading for Laos."))
    assert not events(run("At the jetty a fixer handed fresh passports to six women who hoped to fly to Dili."))


def test_people_handed_over_to_counted_middlemen_of_a_gang_are_not_sent_home() -> None:
    assert "repatriation" not in kinds("At the river she was handed over to three middlemen who worked for the ring.")
    assert "repatriation" not in kinds("At the crossing the pair were handed over to a driver working for the gang.")


def test_people_handed_to_their_own_envoy_are_no_deportation() -> None:
    text = ("Forty Peruvians were freed from a fraud park on Monday. The group, held for weeks near the Thai "
            "frontier, was handed over to Peru's Ambassador to Thailand, Lucia Montero, with help from Thai police.")
    assert "deportation" not in kinds(text)


def test_the_envoy_named_after_a_handover_is_its_receiver_not_a_returnee() -> None:
    told = facts(run("The 14 Kenyans, freed from a fraud park in Myawaddy, were handed over to Kenya's envoy in "
                     "Bangkok, Amos Kibet, on Friday."))
    assert not any(f[2] == "Amos Kibet" and f[0] in {"REPATRIATED", "DEPORTED"} for f in told)


def test_a_campaign_made_stronger_is_no_raid() -> None:
    assert not events(run("Thai police have boosted crackdown efforts against fraud syndicates in the north."))


def test_arrests_and_deportations_increased_are_a_trend_not_one_deportation() -> None:
    assert not events(run("Officials in Laos have increased arrests and deportations of fraud staff in 2026."))
    told = events(run("Police stepped up arrests on Monday, detaining 40 Thais in Mae Sot."))
    assert told["detention@2026-10-12"]["count_detained"] == 40  # (with a count the acts are told)


def test_an_offensive_against_an_army_is_no_raid() -> None:
    text = "Four rebel groups launched Operation 2210 in late May to expel junta troops from the hills."
    assert "raid" not in kinds(text)
    assert "raid" in kinds("Police launched an operation against scam gangs in Bavet on Monday.")  # (against gangs)


def test_a_trip_only_booked_is_no_visit() -> None:
    text = ("A dancer surnamed Oh saw an audition notice for a film in Manila on June 3 and wrote to a man calling "
            "himself a production director, who offered to book her trip to Manila for the audition.")
    assert "visit" not in kinds(text)


def test_travellers_warned_by_where_they_go_make_no_visit() -> None:
    assert "visit" not in kinds("Kenya's foreign ministry has urged nationals visiting Laos to shun online job offers.")


def test_central_banks_and_scam_response_centres_are_agencies() -> None:
    batch = run("Bank Negara Malaysia and the National Scam Response Centre said on Monday that 60 mule accounts "
                "had been frozen.")
    assert {"Bank Negara Malaysia", "National Scam Response Centre"} <= names(batch, Label.AGENCY)


def test_a_handover_told_a_week_back_is_another_one_on_its_own_day() -> None:
    told = events(run("On Saturday, 800 Chinese suspects were handed over to Chinese police at the Banhong "
                      "crossing. About a week ago, 260 suspects were handed over to China at Mohan."))
    assert told["repatriation@2026-10-10"]["count_repatriated"] == 800
    assert told["repatriation@2026-10-08"]["count_repatriated"] == 260


def test_a_second_clause_opening_on_a_count_with_its_own_month_is_a_second_handover() -> None:
    text = ("The militia handed over 18 people to Chinese authorities in July and 240 Chinese wanted for "
            "phone scams were later transferred back to China in August.")
    told = events(run(text))
    assert told["repatriation@2026-07"]["count_repatriated"] == 18
    assert ("REPATRIATED", "repatriation@2026-08", "CN", 240) in facts(run(text))


def test_an_act_in_the_past_perfect_after_a_meetings_day_keeps_no_day() -> None:
    told = events(run("Two weeks ago, the consul met provincial officials to confirm that 40 Laotians had been "
                      "detained in Kampot for scam work."))
    assert [key for key in told if key.startswith("detention")] == ["detention@"]


def test_a_return_told_in_dated_batches_spans_the_first_day_to_the_last() -> None:
    told = events(run("A total of 90 Lao nationals were flown home from Cambodia: 50 people on 2 June, 25 on "
                      "3 June and 15 on 4 June 2025."))
    assert told["repatriation@2025-06-02/2025-06-04"]["count_repatriated"] == 90


def test_a_transfer_told_in_dated_batches_is_one_act_over_the_days() -> None:
    told = events(run("A total of 70 Thai citizens were transferred to Thailand: 40 people on 6 March, 20 on "
                      "7 March and 10 on 8 March."))
    assert told["repatriation@2026-03-06/2026-03-08"]["count_repatriated"] == 70
    assert not any(key.startswith("repatriation@2026-03-0") and "/" not in key for key in told)


def test_a_span_told_as_weekdays_with_their_days_in_brackets_is_the_raids_period() -> None:
    told = events(run("Police held 35 people in 20 raids across Perak. Of the 20 raids, carried out between "
                      "last Monday (October 12) and Wednesday (October 14), eight took place in Ipoh."))
    assert told["raid@2026-10-12/2026-10-14"]["count_detained"] == 35
    assert "raid@2026-10-12" not in told


def test_people_from_a_country_landing_in_its_own_town_are_its_nationals() -> None:
    told = facts(run("The newest batch of deportees, 95 people from Ghana, touched down in Accra on Friday."))
    assert ("DEPORTED", "deportation@2026-10-09", "GH", 95) in told
    other = facts(run("A final group of returnees, 95 people from Laos, touched down in Accra on Friday."))
    assert not any(f[0] == "REPATRIATED" for f in other)


def test_males_and_females_from_a_country_are_its_people_counted() -> None:
    told = facts(run("Officers held 52 suspects, including 21 males and 9 females from Malawi, and 22 foreign "
                     "nationals."))
    assert ("DETAINED", "detention@", "MW", 30) in told
    assert events(run("Border officers intercepted two females at the airport.")) == {}


def test_a_sum_opened_by_altogether_is_the_acts_count() -> None:
    text = ("Police searched an office in Lilongwe on Monday. Altogether 52 people were arrested: 21 men and 9 "
            "women from Malawi, plus 22 foreigners.")
    assert events(run(text))["raid@2026-10-12"]["count_arrested"] == 52
    assert ("ARRESTED", "raid@2026-10-12", "MW", 30) in facts(run(text))
    assert "count_detained" not in events(run("Altogether 2,100 people have been detained."))["detention@"]


def test_a_group_after_citizens_of_a_country_keeps_its_own_country() -> None:
    told = facts(run("Inside the warehouse officers found 27 citizens of Vietnam and two men from Cambodia."))
    assert ("FOUND", "raid@", "VN", 27) in told
    assert ("FOUND", "raid@", "KH", 2) in told


def test_troops_taking_them_take_the_people_counted_just_before() -> None:
    told = facts(run("Nine Vietnamese nationals crossed the border on Friday. Soldiers detained them."))
    assert ("DETAINED", "detention@", "VN", 9) in told


def test_people_sent_home_from_abroad_are_the_arresting_states_own() -> None:
    assert ("ARRESTED", "arrest@", "MY", 11) in facts(run("Malaysian police arrested 11 men who were deported from Laos."))
    assert not any(f[0] == "ARRESTED" and f[2] == "MY"
                   for f in facts(run("Malaysian police arrested 11 men deported from Malaysia.")))


def test_a_counted_speaker_described_by_a_participle_is_no_detention() -> None:
    told = events(run("Cambodian police raided a call office in Kampot on May 2 and arrested 30 Thais. One detained "
                      "suspect told officers that each recruit was paid 300 dollars."))
    assert all(e.get("count_detained") != 1 for e in told.values())
    assert not any(key.startswith("detention") for key in told)


def test_two_rescued_speakers_make_no_rescue() -> None:
    told = events(run("Two rescued women revealed that the guards took their phones."))
    assert not any(key.startswith("rescue") for key in told)


def test_a_labelled_section_heading_names_no_raid() -> None:
    told = events(run("Thailand deported 30 Laotians on Monday.\nExplainer: The Border Sweep in Laos\n"
                      "Why did they go there?"))
    assert not any(key.startswith("raid") for key in told)


def test_an_aim_spelt_out_after_a_colon_is_no_rescue() -> None:
    told = events(run("Officials met in Vientiane on Monday. Their task is plain: find the brokers and rescue the "
                      "workers held inside."))
    assert not any(key.startswith("rescue") for key in told)


def test_lines_of_a_tally_and_their_glosses_tell_no_acts() -> None:
    for bullet in ("- ", ""):
        told = events(run(f"Numbers for the past year are out:\n{bullet}410 Arrests: suspects from 9 countries.\n"
                          f"{bullet}35 Major Prosecutions: judges have sentenced 40 bosses."))
        assert not {key.split("@")[0] for key in told} & {"arrest", "charge"}


def test_abuses_told_of_such_places_in_general_are_not_the_raided_sites() -> None:
    sites = _sites("Police stormed a compound in Kampot on Friday and held 90 workers.\n"
                   "Beijing wants action against scam hubs, which rights groups say rely on forced labour "
                   "and use torture on their staff.")
    assert sites and not any(p.get("abuses") for p in sites.values())


def test_a_quoted_label_after_so_called_is_no_site() -> None:
    sites = _sites("The gang is based in Tarn, a so-called \u201cSpecial Trade Zone\u201d near the border, where "
                   "it rents land to compounds that hold trafficked workers.")
    assert "Special Trade Zone" not in sites


def test_a_block_of_rich_homes_is_no_site() -> None:
    sites = _sites("Investigators froze 9 flats in the upscale Lotus Court complex on Bangkok's Rama IV Road, "
                   "which the gang bought with stolen money.")
    assert not sites


def test_police_who_went_along_did_not_deport() -> None:
    told = facts(run("Thailand expelled 25 Laotians on Friday. The men were flown to Vientiane on a charter flight, "
                     "accompanied by Thai police and Lao guards."))
    assert not any(f[0] == "CONDUCTED" and "police" in f[1].lower() for f in told)

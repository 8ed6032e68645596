"""Kinds found by the session-40 second-wave audits and the session-41 audits of real stories
(Taiwan, Hong Kong, the Gulf, Oceania; Africa, Japan, Laos, the Philippines, Myawaddy), each shown
here on made-up words."""

from tests.unit.test_news_extraction import events, facts, run


def test_people_among_a_larger_group_freed_so_far_keep_their_own_count() -> None:
    found = facts(run("Seven Chileans held at the Copper Heron compound were flown home on Monday, the bureau said. "
                      "The seven are among the 64 Chilean victims who have been rescued and brought home this year."))
    assert {f[3] for f in found if f[0] == "REPATRIATED"} == {7}
    assert not any(f[0] == "RESCUED" for f in found)


def test_a_relative_clause_closed_by_an_adverb_leaves_the_main_verb_to_the_people() -> None:
    found = facts(run("Seven Chileans who were tricked into going to Dastra and forced to labour there illegally were "
                      "brought back home on Monday."))
    assert ("REPATRIATED", "repatriation@2026-10-12", "CL", 7) in found


def test_a_clause_joined_by_and_then_an_adverb_is_still_the_relative_clause() -> None:
    found = facts(run("Seven Chileans who were lured to Dastra and later were held at a compound were rescued on Monday."))
    assert any(f[0] == "RESCUED" and f[3] == 7 for f in found)


def test_a_period_in_the_relative_clause_of_people_held_does_not_date_their_return() -> None:
    found = facts(run("Two Chileans who were held at the Amber Wren compound in Dastra since February returned to the city on "
                 "Monday."))
    assert ("REPATRIATED", "repatriation@2026-10-12", "CL", 2) in found


def test_a_year_in_a_relative_clause_joined_by_and_does_not_date_the_return() -> None:
    told = events(run("To date, 19 of the 30 Chileans who were lured to Dastra in 2023 and held there have returned home."))
    assert not any(key.endswith("@2023") for key in told)


def test_a_rescue_named_by_the_strategies_to_be_discussed_is_no_rescue() -> None:
    told = events(run("The minister praised the Dastran police and said the two countries would keep talking about "
                      "strategies to rescue Chilean workers still held abroad."))
    assert not any(key.startswith("rescue") for key in told)


def test_a_rescue_told_after_the_means_of_it_is_still_a_rescue() -> None:
    told = events(run("Police rescued 12 Chileans on Monday after finding ways to enter the compound."))
    assert "rescue@2026-10-12" in told


def test_a_definite_noun_of_people_told_again_carries_their_count_to_the_next_act() -> None:
    for subject in ("The workers", "The Chilean workers", "The detainees"):
        found = facts(run(f"Police detained 40 Chilean nationals at the Amber Wren compound on June 3. {subject} were "
                          "deported on June 10."))
        assert ("DEPORTED", "deportation@2026-06-10", "CL", 40) in found, subject


def test_people_told_again_after_a_whole_and_its_part_count_the_whole_once() -> None:
    told = events(run("Dastra handed over 143 Chileans to Santiago police on Thursday. The suspects, including 22 from "
                      "Peru, were handed over at the airport. They were detained in raids last week."))
    assert [e["count_detained"] for e in told.values() if "count_detained" in e] == [143]


def test_a_newsrooms_investigation_or_a_reporters_visit_is_no_event() -> None:
    for text in ("An investigation by Reuters found that satellite dishes had multiplied inside the Amber Wren compound.",
                 "A recent Bloomberg investigation described the growth of fraud inside the Dastra zone.",
                 "A reporter visited a detention centre at the Amber Wren Hotel and found it heavily guarded."):
        told = events(run(text))
        assert not any(key.startswith(("investigation", "visit")) for key in told), text


def test_an_investigation_by_the_police_told_to_the_media_stays_an_event() -> None:
    told = events(run("Police told the media that an investigation into the Amber Wren compound began on Monday."))
    assert any(key.startswith("investigation") for key in told)


def test_another_state_sending_its_own_people_later_is_another_sending() -> None:
    told = events(run("The Chilean government has repatriated 54 of its nationals rescued from compounds in Dastra, the "
                      "ministry said. In August, Peru said it had repatriated 61 nationals from the same region."))
    sendings = {key: e.get("count_repatriated") for key, e in told.items() if e["type"] == "repatriation"}
    assert sendings == {"repatriation@": 54, "repatriation@2026-08": 61}


def test_the_same_state_telling_the_month_of_its_sending_dates_it() -> None:
    told = events(run("The Chilean government has repatriated 54 of its nationals rescued from compounds in Dastra. "
                      "In August, the Chilean foreign ministry said it had repatriated them."))
    assert [key for key, e in told.items() if e["type"] == "repatriation"] == ["repatriation@2026-08"]


def test_an_aside_opened_by_whose_leaves_the_verb_after_it_to_the_counted_people() -> None:
    found = facts(run("Some 37 Chileans, whose passports were kept by a firm in Dastra, were repatriated to Chile, the "
                      "ministry said."))
    assert ("REPATRIATED", "repatriation@", "CL", 37) in found


def test_a_long_describing_phrase_with_and_leaves_the_main_verb_its_people_and_no_day() -> None:
    found = facts(run("Seventeen Chilean men detained in Dastra in January on charges of running romance and crypto "
                      "frauds out of a villa were expelled to Chile, police said."))
    assert ("DEPORTED", "deportation@", "CL", 17) in found
    assert ("DETAINED", "detention@2026-01", "CL", 17) in found


def test_people_of_no_nationality_listed_with_a_people_count_into_the_acts_number() -> None:
    told = events(run("Agents arrested four foreigners and 15 Chileans in Dastra on Monday."))
    assert told["arrest@2026-10-12"]["count_arrested"] == 19


def test_a_whole_told_before_a_list_is_not_summed_with_the_list() -> None:
    told = events(run("Police arrested 12 men - one Peruvian, nine Chinese nationals and two Chileans - in Dastra on "
                      "Monday."))
    assert told["arrest@2026-10-12"]["count_arrested"] == 12


def test_people_told_before_parted_in_an_aside_after_them_keep_their_act() -> None:
    found = facts(run("Agents arrested four foreigners and 15 Chileans in Dastra on Monday. The director said officers "
                      "held the foreigners, composed of two Chinese nationals and two Peruvians, with the Chileans in "
                      "a flat."))
    assert {("ARRESTED", "arrest@2026-10-12", "CN", 2), ("ARRESTED", "arrest@2026-10-12", "PE", 2)} <= found


def test_counts_of_plain_people_after_among_them_are_of_the_people_told_before() -> None:
    found = facts(run("The ministry said 88 Chilean citizens were rescued from compounds in Dastra. Among them, 30 "
                      "people returned to Santiago on October 8, and another 58 people returned on October 9."))
    assert {("REPATRIATED", "repatriation@2026-10-08", "CL", 30),
            ("REPATRIATED", "repatriation@2026-10-09", "CL", 58)} <= found


def test_a_day_told_as_the_evening_of_the_ordinal_is_read() -> None:
    told = events(run("Thirty Chileans returned to Santiago on the evening of the 8th."))
    assert "repatriation@2026-10-08" in told


def test_a_definite_subject_with_a_demonym_names_only_those_people() -> None:
    found = facts(run("Laos deported 41 Thai nationals and 12 Chilean nationals on Monday. The Chilean nationals were "
                      "charged in Santiago."))
    assert {f[2:] for f in found if f[0] == "CHARGED"} == {("CL", 12)}


def test_a_group_told_with_what_it_is_made_of_takes_its_verb() -> None:
    found = facts(run("The second batch, also consisting of 23 Chileans, arrived in Santiago on August 28."))
    assert ("REPATRIATED", "repatriation@2026-08-28", "CL", 23) in found


def test_the_suspects_told_again_moved_to_a_police_station_were_not_sent_home() -> None:
    found = facts(run("Soldiers apprehended three Chilean nationals on Friday. The suspects were transferred to Dastra "
                      "Police Station for questioning."))
    assert not any(f[0] in {"DEPORTED", "REPATRIATED"} for f in found)


def test_the_suspects_told_again_after_victims_were_rescued_are_other_people() -> None:
    found = facts(run("Police rescued 12 Chilean nationals on Monday. The suspects were arrested on Tuesday."))
    assert not any(f[0] == "ARRESTED" and f[2] == "CL" for f in found)


def test_the_deportees_boarding_a_flight_date_the_deportation_not_the_arrest_of_their_clause() -> None:
    told = events(run("Immigration officers deported 60 Chilean nationals who were arrested in raids on scam hubs in "
                      "Dastra. The deportees boarded a flight to Santiago last Oct. 7."))
    assert told["deportation@2026-10-07"]["count_deported"] == 60


def test_the_source_said_to_have_led_the_operation_conducted_it() -> None:
    found = facts(run("Fifty Chilean nationals were arrested in a raid in Dastra on May 5, according to the Dastra "
                      "Police Department (DPD), which led the operation."))
    assert ("CONDUCTED", "Dastra Police Department", "raid@2026-05-05", None) in found


def test_a_ministry_issuing_a_statement_announces_and_the_embassy_through_whose_efforts_helped() -> None:
    found = facts(run("The Chilean Ministry of Foreign Affairs issued a short statement on Sunday saying 64 Chilean citizens "
                      "held in compounds were freed through the efforts of the Chilean Embassy in Peru."))
    assert ("ANNOUNCED", "Chilean Ministry of Foreign Affairs", "rescue@", None) in found
    assert ("PARTICIPATED_IN", "Chilean Embassy", "rescue@", None) in found
    assert not any(f[0] == "CONDUCTED" for f in found)


def test_an_act_in_a_relative_clause_on_an_object_is_not_dated_by_the_fronted_month() -> None:
    told = events(run("In September, police raided the Amber Wren zone, which is run by a tycoon whom the Dastran "
                      "government has sanctioned."))
    assert "sanction@" in told and "raid@2026-09" in told


def test_the_month_of_the_crime_an_arrest_is_told_for_does_not_make_a_second_arrest() -> None:
    told = events(run("Police arrested eight men on Monday after they returned from Dastra. The eight men were arrested "
                      "for allegedly defrauding a woman out of 3 million pesos in June."))
    assert [key for key in told if key.startswith("arrest")] == ["arrest@2026-10-12"]


def test_them_after_a_second_verb_are_the_people_the_sentence_counted() -> None:
    found = facts(run("Police arrested three Chilean nationals and deported them to Chile."))
    assert ("DEPORTED", "deportation@", "CL", 3) in found
    found = facts(run("Dastra arrested three Chilean nationals - Tomas Vera, Ivan Lago and Rafa Soto - and has already "
                      "extradited them to Chile."))
    assert ("EXTRADITED", "extradition@", "CL", 3) in found


def test_him_after_a_list_of_people_names_no_one() -> None:
    found = facts(run("Police arrested three Chilean nationals - Tomas Vera, Ivan Lago and Rafa Soto. The arrest "
                      "follows a case in which prosecutors brought charges against him last year."))
    assert not any(f[0] == "CHARGED" and f[2] in {"Tomas Vera", "Ivan Lago", "Rafa Soto"} for f in found)


def test_what_the_people_counted_before_were_then_its_parts_takes_their_act() -> None:
    found = facts(run("Police arrested more than 400 people in raids on Monday. Most of those held were foreigners - "
                      "including at least 160 Chileans, 95 Peruvians and 40 Taiwanese."))
    assert {("ARRESTED", "raid@2026-10-12", "CL", 160), ("ARRESTED", "raid@2026-10-12", "PE", 95)} <= found


def test_a_deportation_carried_out_on_a_total_counts_the_total_and_its_parts() -> None:
    told = run("The deportation was carried out on November 11 on a total of 150 foreigners, including 48 Chileans and "
               "102 Peruvian nationals.")
    assert events(told)["deportation@2025-11-11"]["count_deported"] == 150
    assert ("DEPORTED", "deportation@2025-11-11", "CL", 48) in facts(told)


def test_a_crime_told_by_an_agent_after_it_leaves_the_month_to_the_act() -> None:
    found = facts(run("Twelve Chilean men were booked for cheating by the Dastra police last month."))
    assert ("CHARGED", "charge@2026-09", "CL", 12) in found


def test_people_named_by_their_rescue_leaving_on_later_days_make_no_new_rescues() -> None:
    told = events(run("Police rescued 40 Chilean nationals from the Amber Wren compound on May 2. Nine of the freed "
                      "Chileans departed on Monday, twenty others on Tuesday and the last eleven on Wednesday."))
    assert [key for key in told if key.startswith("rescue")] == ["rescue@2026-05-02"]
    assert told["rescue@2026-05-02"]["count_rescued"] == 40


def test_the_day_an_agency_clarified_a_quote_is_no_second_arrest() -> None:
    told = events(run('Six persons were arrested on April 7 after joint searches by the police. "The six accused have '
                      'been arrested in cases registered with the state police," the agency clarified on Tuesday.'))
    assert [key for key in told if key.startswith("arrest")] == ["arrest@2026-04-07"]


def test_a_batch_of_a_whole_told_before_takes_its_own_day_not_the_whole() -> None:
    told = events(run("Chile brought back 412 of its citizens freed from compounds in Dastra, the ministry said on "
                      "Wednesday. The government arranged the repatriation of 190 Chileans yesterday by a chartered "
                      "aircraft. On Monday, 222 Chileans were similarly repatriated."))
    sendings = {key: e.get("count_repatriated") for key, e in told.items() if e["type"] == "repatriation"}
    # (the whole, 412, that the two batches add up to, is no third repatriation: see ``lead_totals``)
    assert sendings == {"repatriation@2026-10-14": 190, "repatriation@2026-10-12": 222}


def test_a_sending_told_over_recent_months_after_noted_that_is_apart_from_the_days_deportation() -> None:
    told = events(run("Dastra deported 30 Chilean nationals on Friday. Officials said that over recent weeks, the state "
                      "has also expelled 95 Peruvian suspects."))
    assert told["deportation@2026-10-09"]["count_deported"] == 30
    assert any(e.get("count_deported") == 95 and not e.get("date") for e in told.values())


def test_people_counted_after_totaling_and_an_airlift_home() -> None:
    assert ("DEPORTED", "deportation@2026-10-15", "CL", 120) in facts(run("Police deported Chilean nationals totaling 120 "
                                                                          "on Thursday."))
    assert ("REPATRIATED", "repatriation@2026-10-12", "CL", 40) in facts(run("The army airlifted 40 Chilean workers from "
                                                                             "Dastra on Monday."))


def test_a_title_with_a_list_of_portfolios_is_no_person() -> None:
    found = run("Ninety Chileans freed from a compound in Dastra returned home on Monday, said Coordinating Minister "
                "for Maritime, Energy, and Industry Affairs Tomas Vera.")
    assert not any(n.name.startswith("Coordinating Minister") for n in found.nodes.values())


def test_people_listed_with_their_ages_in_brackets_after_a_people_noun_are_people() -> None:
    found = facts(run("Dastra police on Tuesday arrested four agents, Tomas Vera (41), Ivan Lago (33), Rafa Soto (29) and "
                      "Beno Ruiz (38), for sending young men to a compound abroad."))
    assert {f[2] for f in found if f[0] == "ARRESTED"} >= {"Tomas Vera", "Ivan Lago", "Rafa Soto", "Beno Ruiz"}


def test_places_listed_with_counts_in_brackets_are_no_people() -> None:
    found = run("The victims came from Banten (9 people), West Dastra (9 people), Lampung (8) and Aceh (4 people).")
    assert not any(n.label.value == "Person" for n in found.nodes.values())


def test_names_listed_before_a_list_closed_by_and_are_people() -> None:
    found = run("Dorian Blaise, Kemal Orut, Wen Jiarui and Lio Varga were charged with money laundering, prosecutors "
                "said.")
    people = {n.name for n in found.nodes.values() if n.label.value == "Person"}
    assert {"Dorian Blaise", "Kemal Orut"} <= people


def test_a_unit_owned_by_a_body_in_the_possessive_is_of_that_bodys_country() -> None:
    found = run("Laos sent 24 Vietnamese citizens back at a border gate. Guards passed the group to the Dong Thap "
                "Provincial Police's Immigration Department for checks.")
    unit = next(n for n in found.nodes.values() if n.name == "Immigration Department")
    assert unit.properties.get("country") == "VN"


def test_parts_of_the_people_counted_before_after_according_to_keep_their_nationality() -> None:
    found = facts(run("On September 1, Dastran authorities handed over 90 Chilean citizens at the border gate. According "
                      "to the paper, among the 90 citizens recently handed over, 12 were rescued and 78 had previously "
                      "been detained."))
    assert {("RESCUED", "rescue@", "CL", 12), ("DETAINED", "detention@", "CL", 78)} <= found


def test_named_people_and_their_counted_associates_are_all_counted() -> None:
    told = events(run("The gang boss Tomas Vera, his son Ivan Vera and four close associates were jailed for life in "
                      "Dastra on Tuesday."))
    assert told["charge@2026-10-13"]["count_charged"] == 6


def test_a_sending_home_promised_in_a_would_clause_is_no_event() -> None:
    told = events(run("On Monday, the militia chief met foreigners freed from the Amber Wren compound and vowed they "
                      "would be repatriated within 10 days."))
    assert not any(key.startswith("repatriation") for key in told)
    assert "repatriation@2026-10-09" in events(run("The ministry said the workers were repatriated on Friday."))


def test_the_arrival_of_people_from_abroad_told_after_is_an_earlier_return() -> None:
    found = facts(run("The ministry on Wednesday repatriated 90 Chileans from compounds in Dastra, Peru. This comes after "
                      "the arrival of 25 other Chilean trafficking victims from Peru via Bolivia on Tuesday."))
    assert ("REPATRIATED", "repatriation@2026-10-13", "CL", 25) in found
    assert ("REPATRIATED", "repatriation@2026-10-14", "CL", 90) in found


def test_the_deportation_of_a_bare_number_counts_it() -> None:
    told = events(run("Operations against scams have led to the arrest of 4,200 suspects and the deportation of 3,900 "
                      "to their countries of origin."))
    assert any(e.get("count_deported") == 3900 for e in told.values())


def test_these_people_of_one_demonym_told_again_are_only_those() -> None:
    found = facts(run("Police arrested 40 Chileans and 12 Peruvians. These Peruvian nationals were deported."))
    assert {f[2:] for f in found if f[0] == "DEPORTED"} == {("PE", 12)}


def test_people_secured_in_a_raid_and_what_they_consist_of() -> None:
    told = run("Police raided a building in Dastra on May 2. In the operation, 41 people were secured, consisting of "
               "37 Chilean citizens and 4 other foreign nationals.")
    raid = events(told)["raid@2026-05-02"]
    assert raid["count_detained"] == 41
    assert ("DETAINED", "raid@2026-05-02", "CL", 37) in facts(told)


def test_the_duo_after_an_act_are_the_two_people_named_last() -> None:
    told = run("Police named two brokers, Tomas Vera (41) and Ivan Lago (35), who took four workers to Dastra. The "
               "police arrested the duo on October 30.")
    assert {("ARRESTED", "arrest@2025-10-30", "Tomas Vera", None),
            ("ARRESTED", "arrest@2025-10-30", "Ivan Lago", None)} <= facts(told)
    assert events(told)["arrest@2025-10-30"]["count_arrested"] == 2


def test_killings_a_gang_is_found_guilty_of_are_deaths_of_no_day_of_the_verdict() -> None:
    told = events(run("On Monday, the court found the gang guilty of running scam compounds and killing 12 Chilean "
                      "nationals."))
    assert told["death@"]["count_dead"] == 12


def test_a_span_of_days_in_brackets_dates_the_operation() -> None:
    told = events(run("Investigators worked together over four months (2 February – 30 May) on the sweep, which resulted "
                      "in the arrest of 410 individuals."))
    assert any(key.endswith("@2026-02-02/2026-05-30") and e.get("count_arrested") == 410 for key, e in told.items())


def test_a_part_told_before_its_counted_whole_takes_the_main_verb_and_the_wholes_people() -> None:
    found = facts(run("The first six of 48 Chileans arrested in a raid in Dastra have been repatriated."))
    assert ("REPATRIATED", "repatriation@", "CL", 6) in found
    assert any(f[0] == "ARRESTED" and f[2:] == ("CL", 48) for f in found)


def test_a_news_release_on_a_later_day_is_a_tellings_day() -> None:
    told = events(run("The police on Thursday seized four properties linked to the Amber Wren group. In a news release on "
                      "Friday, officers said they had run a sweep at several sites tied to the group's boss."))
    assert not any(key.endswith("@2026-10-09") for key in told)


def test_a_part_after_the_verb_it_is_the_object_of_keeps_that_verb() -> None:
    found = facts(run("The ministry managed to repatriate seven of 32 Chileans who were lured to Dastra."))
    assert ("REPATRIATED", "repatriation@", "CL", 7) in found

"""Kinds found by the session-44 audits of real stories (South Asian outlets, Taiwan, Hong Kong and
Macau, Malaysia and Singapore, sanctions and indictments abroad, Central Asian and Latin American
victims, the 2025 raids on the Myawaddy compounds), each shown here on made-up words."""

from scamgraph.model import GraphBatch, Label
from tests.unit.test_news_extraction import events, facts, run


def _people(batch: GraphBatch) -> set[str]:
    return {node.name for node in batch.nodes.values() if node.label is Label.PERSON}


def test_a_city_state_before_a_noun_of_its_people_is_their_nationality() -> None:
    batch = run("Four Macau residents were freed from a Dastran compound on Thursday.")
    assert ("RESCUED", "rescue@2026-10-15", "MO", 4) in facts(batch)
    batch = run("Two Singapore citizens were arrested in Velmora on Thursday.")
    assert ("ARRESTED", "arrest@2026-10-15", "SG", 2) in facts(batch)
    assert not any(f[2] == "SG" for f in facts(run("Singapore police arrested two men on Thursday.")))


def test_one_person_of_the_other_sex_adds_one_to_the_count() -> None:
    assert events(run("Police detained three men and a woman on Monday."))["detention@2026-10-12"]["count_detained"] == 4
    assert events(run("Police detained three men and one woman on Monday."))["detention@2026-10-12"]["count_detained"] == 4
    told = events(run("Officers searched two flats in Velmora on June 12 and made the arrest of a woman and eight men."))
    assert told["raid@2026-06-12"]["count_arrested"] == 9
    assert events(run("One woman and two men were arrested on Monday."))["arrest@2026-10-12"]["count_arrested"] == 3


def test_a_breakdown_by_sex_set_off_after_a_count_is_that_count() -> None:
    for breakdown in ("three men and one woman", "three men and a woman"):
        batch = run(f"Four Macau residents, {breakdown}, were detained by Dastran police on Monday.")
        assert events(batch)["detention@2026-10-12"]["count_detained"] == 4
        assert ("DETAINED", "detention@2026-10-12", "MO", 4) in facts(batch)


def test_an_age_told_before_each_listed_name_keeps_the_list_acted_on() -> None:
    batch = run("Police arrested 30-year-old Tomar Velik and 45-year-old Dano Rastiv in Velmora on Tuesday.")
    assert {("ARRESTED", "arrest@2026-10-13", "Tomar Velik", None),
            ("ARRESTED", "arrest@2026-10-13", "Dano Rastiv", None)} <= facts(batch)


def test_myanmar_troops_are_the_myanmar_military() -> None:
    batch = run("Nine Dastrans were freed from the Velm compound, the ambassador said. He said the rescue had been "
                "done by Myanmar troops.")
    assert ("CONDUCTED", "Myanmar military", "rescue@", None) in facts(batch)
    assert ("CONDUCTED", "Myanmar military", "raid@2026-10-12", None) in facts(
        run("Myanmar soldiers raided the Velm compound on Monday."))


def test_bodies_that_joined_forces_or_teamed_up_to_act_both_carried_it_out() -> None:
    for joined in ("joined forces with the Border Guard Force to carry out a raid on", "teamed up with the Border "
                   "Guard Force to raid"):
        told = facts(run(f"Thai police {joined} the Velm compound on Monday."))
        assert {("CONDUCTED", "Border Guard Force", "raid@2026-10-12", None),
                ("CONDUCTED", "Royal Thai Police", "raid@2026-10-12", None)} <= told


def test_the_day_of_a_release_or_of_a_newspaper_is_when_it_was_told() -> None:
    told = events(run("A ring that cheated Dastrans was broken up in a joint operation alongside Malaysian "
                      "officers, Singapore's police force said in a release on Sunday."))
    assert "raid@2026-10-11" not in told
    told = events(run("According to a report in Monday's Velmora Herald newspaper, the army raided the Velm compound "
                      "during operations that began in early September."))
    assert "raid@2026-10-12" not in told and "raid@" in told


def test_one_of_a_counted_group_is_one_and_the_group_no_count_of_the_act() -> None:
    assert events(run("One of the seven suspects was charged."))["charge@"]["count_charged"] == 1
    told = events(run("Tomar Velik was one of 120 Dastran citizens who were rescued by police in a raid on Monday."))
    assert told["raid@2026-10-12"]["count_rescued"] == 120
    assert "count_found" not in events(run("A Malaysian was held inside one of the 36 towers of the Velm company."
                                            )).get("raid@", {})


def test_an_act_done_to_people_after_their_escape_counts_them() -> None:
    batch = run("Two Peruvians escaped, were held by the Dastran army for crossing the border, and were later sent "
                "away.")
    assert events(batch)["detention@"]["count_detained"] == 2
    assert ("DETAINED", "detention@", "PE", 2) in facts(batch)
    told = events(run("Police held the owner after 42 Vietnamese workers fled and were sheltered by a temple."))
    assert not any("count_arrested" in e for e in told.values())


def test_each_name_of_a_list_of_aliases_is_the_same_person() -> None:
    batch = run("Wei Lonko, also known by aliases such as Wei Lon, Danny Weo, and Tan Kiat Lom, was arrested in "
                "Velmora in August 2022.")
    assert _people(batch) == {"Wei Lonko"}
    assert ("ARRESTED", "arrest@2022-08", "Wei Lonko", None) in facts(batch)
    batch = run("Wei Lonko, also known as Boss Wei, and Chen Haoro were arrested in Velmora in August 2022.")
    assert {"Wei Lonko", "Chen Haoro"} <= _people(batch)


def test_a_two_word_site_is_one_site_and_its_price_no_part_of_its_name() -> None:
    sites = {n.name for n in run("Police searched a $40 million office building in Phnom Penh on Monday.").nodes.values()
             if n.label is Label.SITE}
    assert sites == {"office building in Phnom Penh"}


def test_what_someone_can_do_is_no_act() -> None:
    assert events(run("\"At last I can flee this place,\" said a Dastran worker at the camp.")) == {}
    assert not any(key.startswith("arrest") for key in events(run("Officers can arrest the brokers at any time.")))


def test_the_people_set_off_as_all_of_one_nationality_are_the_counted_ones() -> None:
    batch = run("Officers searched two flats in Velmora on June 12 and arrested nine people. The suspects, all "
                "Malaysians, are between 19 and 30 years old.")
    assert ("ARRESTED", "raid@2026-06-12", "MY", 9) in facts(batch)


def test_two_groups_of_men_told_apart_by_origin_add_up() -> None:
    told = events(run("Officers searched a shop in Johor Bahru on Monday and held four local men and five foreign men."))
    assert told["raid@2026-10-12"]["count_detained"] == 9


def test_buildings_told_beside_a_seizure_are_no_count_of_its_sites() -> None:
    told = events(run("The army found that more than 140 buildings lacked permits, and seized equipment, including "
                      "25 satellite dishes."))
    assert "count_sites" not in told["seizure@"]


def test_the_day_a_body_declared_the_news_is_when_it_was_told() -> None:
    told = events(run("Some 120 Vietnamese citizens were repatriated by Cambodian officers, the police formally "
                      "declared on Friday. The unit received the 120 citizens at 9am on March 8 at the Tolm gate."))
    assert "repatriation@2026-10-09" not in told and told["repatriation@2026-03-08"]["count_repatriated"] == 120


def test_a_place_closing_a_name_opened_by_a_family_name_is_part_of_the_name() -> None:
    assert "Tran Thi Chin" in _people(run("Tran Thi Chin, 29, from Hai Phong, ran one team of the ring."))
    batch = run("Officials sent Bay Saw Lin and Kaw Yin Chin back to the Dastran police.")
    assert "Kaw Yin Chin" in _people(batch)
    assert not any(n.name == "Chin" for n in batch.nodes.values())


def test_people_injured_beside_the_dead_are_none_of_the_dead() -> None:
    told = events(run("The ring's crimes led to the deaths of 9 Chinese nationals and injuries to four other Chinese."))
    assert told["death@"]["count_dead"] == 9


def test_fugitives_among_the_people_handed_over_are_no_count_of_the_handover() -> None:
    told = events(run("In all 830 suspects were moved from Velmora into Dastran custody. The suspects, including 27 "
                      "fugitives, were handed over on September 5."))
    assert all(e.get("count_repatriated") != 27 for e in told.values())


def test_the_day_a_handover_was_first_set_for_is_not_its_day() -> None:
    told = events(run("A militia handed over 42 foreign victims held at the Velm compound. The handover was "
                      "originally scheduled for March 2, but it was put off."))
    assert not any(key.endswith("03-02") for key in told)


def test_a_body_that_broke_up_a_gang_and_arrested_its_members_carried_the_arrest_out() -> None:
    batch = run("Thai police, working with the Korean National Police Agency, have broken up a fraud gang and arrested "
                "9 foreign suspects at a house in Pak Kret on March 11.")
    assert any(f[:2] == ("CONDUCTED", "Royal Thai Police") for f in facts(batch))


def test_a_rescue_people_plead_for_is_no_rescue() -> None:
    assert events(run("A video showed young men pleading with the ministry to rescue them from a compound in "
                      "Myawaddy.")) == {}


def test_people_received_as_sent_back_are_sent_back_on_the_day_told() -> None:
    told = events(run("On September 30, border guards took in and received 26 Vietnamese citizens repatriated from "
                      "Velmora, from 14 provinces and cities."))
    assert told["repatriation@2026-09-30"]["count_repatriated"] == 26
    assert "count_provinces" not in told["repatriation@2026-09-30"]


def test_a_month_told_after_a_month_with_its_year_is_in_that_year() -> None:
    told = events(run("In October 2023, police formed a task force and later put out wanted notices in December."))
    assert "warrant@2023-12" in told


def test_the_interception_of_people_holds_them() -> None:
    told = events(run("The bureau chief reported the interception of 4 victims at Clark International Airport on June 10."))
    assert told["detention@2026-06-10"]["count_detained"] == 4


def test_a_terminal_s_number_counts_no_one() -> None:
    told = events(run("On June 10, a 31-year-old woman flying to Velmora from Terminal 3 was intercepted at the airport."))
    assert all("count_detained" not in e or e["count_detained"] != 3 for e in told.values())


def test_people_who_reached_a_town_of_their_own_country_came_home() -> None:
    told = events(run("Nineteen Indians who had been sent to Laos reached Hyderabad on Friday."))
    assert told["repatriation@2026-10-09"]["count_repatriated"] == 19
    assert "repatriation@2026-10-09" not in events(run("Nineteen Indians reached Bangkok on Friday."))


def test_a_joint_or_additional_commissioner_of_police_is_a_titled_officer() -> None:
    for rank in ("Joint", "Additional"):
        batch = run(f"{rank} Commissioner of Police Ravindar Kolmath said the young men were beaten.")
        assert "Ravindar Kolmath" in _people(batch)


def test_the_head_of_a_unit_at_a_body_named_before_them_works_for_the_body() -> None:
    batch = run("The Director of Citizen Care at the Ministry of Foreign Affairs, Raka Wirandi, said the embassy was "
                "helping.")
    assert ("WORKS_FOR", "Raka Wirandi", "Ministry of Foreign Affairs", None) in facts(batch)


def test_sanctions_a_body_announced_on_a_day_are_of_that_day() -> None:
    told = events(run("The US Treasury on Monday announced sanctions against the Velm Group."))
    assert "sanction@2026-10-12" in told


def test_a_body_that_facilitated_or_helped_a_return_took_part_in_it() -> None:
    batch = run("The International Organization for Migration (IOM) on 8 May 2025 facilitated the safe return of 12 "
                "Kenyan citizens.")
    assert ("PARTICIPATED_IN", "International Organization for Migration", "repatriation@2025-05-08", None) in facts(batch)
    batch = run("IOM helped repatriate 12 Kenyan nationals on Monday.")
    assert ("PARTICIPATED_IN", "International Organization for Migration", "repatriation@2026-10-12", None) in facts(batch)


def test_an_act_a_body_may_now_do_is_no_act() -> None:
    assert events(run("The zone hosts firms whose bosses the task force may now detain and prosecute.")) == {}


def test_cooperation_sought_from_a_body_is_no_part_it_took() -> None:
    batch = run("Velmora deported 40 South Koreans on Tuesday, with further cooperation sought from Korean "
                "authorities to trace the rings.")
    assert not any(f[0] == "PARTICIPATED_IN" for f in facts(batch))


def test_people_who_landed_at_gimhae_landed_in_korea() -> None:
    told = events(run("In all 41 Korean citizens who had been held in Velmora arrived at Gimhae International Airport on "
                      "Saturday morning."))
    assert told["repatriation@2026-10-10"]["count_repatriated"] == 41


def test_a_rescue_someone_instructed_others_to_make_is_no_rescue() -> None:
    assert events(run("The minister instructed the police to rescue any Koreans they find.")) == {}


def test_a_day_range_told_with_last_year_is_in_that_year() -> None:
    told = events(run("Police raided the Velm compound from June 5 to June 20 last year."))
    assert "raid@2025-06-05/2025-06-20" in told


def test_people_of_whom_no_trace_was_found_were_not_found() -> None:
    assert events(run("Officers found no trace of the 12 missing Thais.")) == {}

"""Kinds found by the session-42 audits of real stories (the Thai border, South Asian victims,
Malaysia and Singapore, Taiwan and Hong Kong, verdicts and sanctions, victims from far away;
Vietnamese police, the Myanmar junta, international reports, Thai busts, Indian agents,
Sihanoukville; the Pacific, kingpins' extraditions, mass escapes, complicit officials, Western
victims), each shown here on made-up words."""

from pathlib import Path

from scamgraph.loaders import load_path
from scamgraph.model import GraphBatch
from tests.unit.test_news_extraction import events, facts, run


def load_markdown(text: str, folder: Path) -> GraphBatch:
    """The batch of a story written with its front matter (title, published)."""
    story = folder / "story.md"
    story.write_text(text, encoding="utf-8")
    return load_path(story)


def test_the_second_item_of_a_list_told_in_the_perfect_is_no_tally_of_the_first() -> None:
    found = facts(run("Four Chilean and 19 Peruvian nationals have been arrested in a sweep in Dastra."))
    assert {(f[2], f[3]) for f in found if f[0] == "ARRESTED"} == {("CL", 4), ("PE", 19)}
    assert [e["count_arrested"] for e in events(run("Four Chilean and 19 Peruvian nationals have been arrested "
                                                    "in a sweep in Dastra.")).values()] == [23]


def test_a_tally_told_in_the_perfect_after_a_days_act_still_stands_apart() -> None:
    told = events(run("Police handed over 75 Chileans on Sunday. So far 2,310 suspects have been handed over."))
    assert [e.get("count_repatriated", e.get("count_deported")) for e in told.values()] == [75]


def test_a_state_receiving_foreigners_from_another_states_hands_is_a_deportation() -> None:
    found = facts(run("The Royal Thai Army received 70 foreign nationals from Myanmar officials at the Moei crossing on "
                      "Monday. They included 40 Chileans and 30 Peruvians. They are awaiting repatriation."))
    assert {(f[0], f[2], f[3]) for f in found if f[0] in {"DEPORTED", "REPATRIATED"}} == {
        ("DEPORTED", "CL", 40), ("DEPORTED", "PE", 30)}


def test_a_state_receiving_its_own_citizens_is_their_repatriation() -> None:
    found = facts(run("Peru received 85 Peruvian citizens from Chilean police on Monday."))
    assert ("REPATRIATED", "repatriation@2026-10-12", "PE", 85) in found


def test_foreigners_received_and_then_flown_home_are_repatriated() -> None:
    found = facts(run("The Royal Thai Police received 60 Peruvian nationals from the Dastra militia on Monday, and the "
                      "group was flown home on Tuesday."))
    assert not any(f[0] == "DEPORTED" for f in found)
    assert any(f[0] == "REPATRIATED" and f[2] == "PE" and f[3] == 60 for f in found)


def test_people_counted_with_no_act_take_the_act_a_definite_demonym_tells_later() -> None:
    for aside in ("", ", who shared a rented house in Dastra,"):
        found = facts(run("Thirty-four Chileans ended up in jail in Dastra, a diplomat said. "
                          f"The Chileans{aside} were arrested together with five Peruvians in a sweep on March 3, 2024."))
        assert ("ARRESTED", "raid@2024-03-03", "CL", 34) in found or ("ARRESTED", "arrest@2024-03-03", "CL", 34) in found, aside


def test_a_holiday_named_by_a_demonym_is_no_nationality() -> None:
    told = run("Officials hope the nine Dastran workers still held in Laos may return ahead of Chinese New Year.")
    assert not any(n.label.value == "Nationality" and n.name == "China" for n in told.nodes.values())


def test_captors_releasing_people_free_them() -> None:
    for text in ("Gang bosses at the Opal Finch compound released seven Chileans on July 2.",
                 "Seven Chileans were released by the fraud gang holding them in Dastra on July 2."):
        assert ("RESCUED", "rescue@2026-07-02", "CL", 7) in {f[:4] for f in facts(run(text))}, text


def test_victims_released_are_freed_and_the_law_releasing_suspects_frees_no_one() -> None:
    assert any(f[0] == "RESCUED" and f[3] == 6 for f in facts(run("The other six Chilean victims were released on July 2.")))
    assert not events(run("Police released seven gang members on July 2."))
    assert not events(run("Twelve suspects were released after the victims withdrew their complaints."))


def test_a_negative_subject_past_a_relative_clause_still_denies_the_act() -> None:
    assert not events(run('"None of the 40 people who asked us for help were abducted," the deputy minister said.'))
    assert not any(key.startswith("arrest") for key in events(run(
        "Police said none of the 12 Chileans who fled had been arrested.")))


def test_an_operation_of_deceit_is_the_crime_not_a_raid() -> None:
    assert not events(run("Police were using Interpol to gather evidence against the deception operation."))


def test_a_sentence_opening_on_there_or_an_hour_takes_the_day_the_one_before_named() -> None:
    told = events(run("On August 20, 2025, a senior Chilean police officer travelled to Dastra. There, Dastran police "
                      "handed over 55 Chilean nationals, who were later flown back to Chile."))
    assert any(key.endswith("@2025-08-20") for key in told)
    told = events(run("On February 12, officials gathered at the Moei bridge. At 3:45 pm, Thai soldiers received 260 "
                      "foreigners from the Dastra militia."))
    assert "deportation@2026-02-12" in told


def test_a_sentence_told_by_the_day_it_was_said_gives_no_day_to_the_next() -> None:
    told = events(run("Police said on Monday they had found the men. There, officers rescued 12 Chileans."))
    assert "rescue@" in told


def test_a_court_imposing_sentences_is_a_sentencing_on_its_day() -> None:
    told = events(run("A Dastran court imposed death sentences on Tuesday on four members of the Opal clan. The Ferrow "
                      "Intermediate People's Court convicted 17 people linked to the clan."))
    assert "charge@2026-10-13" in told
    assert not events(run("The new law imposed penalties on recruiters."))


def test_members_of_a_countrys_family_are_counted_as_that_countrys_people() -> None:
    found = facts(run("The Ferrow Intermediate People's Court in northern Dastra Province sentenced 27 members of "
                      "Laos's notorious Opal family on September 29, 2025."))
    assert ("CHARGED", "charge@2025-09-29", "LA", 27) in found
    assert any(f[0] == "CONDUCTED" and f[2] == "charge@2025-09-29" for f in found)


def test_every_name_of_a_list_with_kin_and_associates_shares_the_act() -> None:
    found = facts(run("The court on Tuesday sentenced 17 members of the Opal clan. The men sentenced to death were "
                      "named as Opal Weiran, his son Opal Jiaqin, and associates Gao Lironv and Pan Desvu."))
    assert {f[2] for f in found if f[0] == "CHARGED" and not str(f[2]).isupper()} >= {
        "Opal Weiran", "Opal Jiaqin", "Gao Lironv", "Pan Desvu"}


def test_a_body_announcing_plans_announces_none_of_the_acts_told() -> None:
    found = facts(run("Eighteen Chileans freed from gangs in Dastra were flown home on Wednesday. Last week the Dastran "
                      "Interior Ministry announced plans to send home 900 people each week."))
    assert not any(f[0] == "ANNOUNCED" for f in found)


def test_a_speaking_bodys_country_makes_no_tally_of_countries() -> None:
    found = facts(run("Four Chilean citizens have been repatriated to Chile from Laos, Peru's Foreign Ministry said."))
    assert any(f[0] == "REPATRIATED" and f[2] == "CL" and f[3] == 4 for f in found)


def test_people_abducted_past_a_relative_clause_are_the_victims() -> None:
    found = facts(run("Three Chileans, who by early accounts went to Dastra to work in call centres, have been abducted in "
                      "Laos."))
    assert any(f[0] == "AFFECTED" and f[2] == "CL" and f[3] == 3 for f in found)


def test_a_states_authorities_rescuing_people_conducted_the_rescue() -> None:
    found = facts(run("Lao authorities rescued nine Chileans on May 3, 2024."))
    assert any(f[0] == "CONDUCTED" and f[2] == "rescue@2024-05-03" for f in found)


def test_people_named_again_by_a_demonstrative_object_keep_their_count() -> None:
    found = facts(run("Nine Chileans held in the Opal Finch compound returned home on Friday. Lao police rescued these "
                      "Chileans on May 3, 2024."))
    assert ("RESCUED", "rescue@2024-05-03", "CL", 9) in found


def test_a_person_told_only_in_a_title_case_headline_is_no_one(tmp_path: Path) -> None:
    text = ("---\ntitle: Dastran Broker Ran Desks in Laos\npublished: 2025-10-01\n---\nDastran Broker Ran Desks in Laos.\n\n"
            "A court in Ferrow jailed two men on October 1 for handing bank accounts to a fraud ring in Vientiane.\n")
    people = {n.name for n in load_markdown(text, tmp_path).nodes.values() if n.label.value == "Person"}
    assert "Ran Desks" not in people


def test_the_verb_after_an_aside_telling_a_share_of_the_people_is_the_wholes() -> None:
    found = facts(run("Some 75 Chileans, 20 of whom are minors, were arrested in a sweep in Ferrow on Thursday."))
    assert any(f[0] == "ARRESTED" and f[2] == "CL" and f[3] == 75 for f in found)


def test_peoples_whose_numbers_add_up_to_the_people_told_before_are_their_parts() -> None:
    found = facts(run("Police said 61 foreigners were deported since May 1. The three Chileans, one Briton and 57 "
                      "Peruvians had left through the Moei checkpoint."))
    assert {(f[2], f[3]) for f in found if f[0] == "DEPORTED"} == {("CL", 3), ("GB", 1), ("PE", 57)}


def test_captives_adding_up_to_suspects_arrested_are_not_their_parts() -> None:
    found = facts(run("Police arrested 12 people at a villa in Dastra on Monday. The people held captive there "
                      "included four Chileans and eight Peruvians."))
    assert not any(f[0] == "ARRESTED" and f[2] in {"CL", "PE"} for f in found)


def test_acts_the_press_is_said_to_report_are_no_events() -> None:
    told = events(run("More than 40 Chilean nationals fled the Opal Finch casino in Dastra on Saturday, while the local "
                      "press reports further arrests and raids linked to fraud rings."))
    assert not any(key.startswith(("raid", "arrest")) for key in told)


def test_names_listed_before_a_plural_site_head_are_sites() -> None:
    told = run("Hundreds of workers were seen leaving the Opal Finch, Amber Wren and Copper Heron compounds on Sunday.")
    assert {n.name for n in told.nodes.values() if n.label.value == "Site"} == {"Opal Finch", "Amber Wren", "Copper Heron"}
    assert not any(n.label.value == "Person" for n in told.nodes.values())


def test_peoples_of_the_victims_of_a_trafficking_charge_are_not_the_arrested() -> None:
    found = facts(run("Police in Ferrow said two agents have been arrested on charges of sending roughly 40 youths "
                      "from Chile, Peru and Bolivia to Dastra."))
    assert not any(f[0] == "ARRESTED" and f[2] in {"CL", "PE", "BO"} for f in found)
    assert [e.get("count_arrested") for e in events(run("Police in Ferrow said two agents have been arrested on "
                                                         "charges of sending roughly 40 youths from Chile, Peru and "
                                                         "Bolivia to Dastra.")).values()] == [2]


def test_other_citizens_told_after_a_people_are_of_that_people() -> None:
    found = facts(run("In June 2024, Ferrow police got word from the Chilean Embassy in Peru to bring home 22 Chilean "
                      "nationals, along with four other citizens rescued by Dastran police."))
    assert any(f[0] == "RESCUED" and f[2] == "CL" and f[3] == 4 for f in found)
    found = facts(run("A sweep netted 34 people, 30 Chilean citizens and 4 other foreign nationals."))
    assert not any(f[2] == "CL" and f[3] == 34 for f in found)


def test_a_body_receiving_a_request_did_not_do_what_it_was_asked() -> None:
    found = facts(run("In June 2024, Ferrow police received a request from the Chilean Embassy in Dastra to help bring "
                      "home 22 Chilean nationals held in Dastra for illegal entry."))
    assert not any(f[0] == "CONDUCTED" for f in found)


def test_names_listed_past_aliases_and_towns_are_people_and_share_the_act() -> None:
    found = facts(run("The Ferrow police on Monday arrested four agents. They were identified as Ravel Monteiro alias "
                      "Rav, Teodor Quillan, Darius Fenwick alias Dee of Akola, and Silas Varga of Wardha."))
    assert {f[2] for f in found if f[0] == "ARRESTED"} >= {"Ravel Monteiro", "Teodor Quillan", "Darius Fenwick",
                                                           "Silas Varga"}


def test_a_count_after_by_is_no_round_of_the_act_before_it() -> None:
    found = facts(run("The bureau told reporters on Wednesday of the arrest of six suspects—two Chilean "
                      "nationals and four Peruvians—following odd withdrawals by 12 Chilean tourists in February."))
    assert {(f[2], f[3]) for f in found if f[0] == "ARRESTED"} == {("CL", 2), ("PE", 4)}


def test_the_day_a_warrant_officers_carried_was_issued_dates_no_raid() -> None:
    told = events(run("Officers, carrying a warrant issued in Ferrow on August 2, searched a "
                      "house in Dastra and arrested 11 Chileans, the bureau chief said on Friday."))
    assert not any(key.endswith("-08-02") for key in told)
    assert "warrant@2026-03-03" in events(run("The court issued arrest warrants for 12 Chilean nationals on March 3."))


def test_one_person_opening_a_breakdown_is_counted() -> None:
    found = facts(run("Police raided four flats in Ferrow and arrested seven suspects. The arrested suspects included a "
                      "Bolivian man, two Chilean men, and four Peruvians."))
    assert {(f[2], f[3]) for f in found if f[0] == "ARRESTED"} == {("BO", 1), ("CL", 2), ("PE", 4)}


def test_victims_sent_home_to_a_country_are_its_people() -> None:
    found = facts(run("Thirty-two victims were repatriated to Chile on Monday."))
    assert ("REPATRIATED", "repatriation@2026-10-12", "CL", 32) in found


def test_a_body_in_an_apposition_of_the_subject_did_not_act() -> None:
    found = facts(run("The Ferrow Guard, an ally of the Myanmar military, carried out raids on the Opal Finch compound "
                      "on Monday."))
    assert not any(f[0] == "CONDUCTED" and f[1] == "Myanmar military" for f in found)


def test_a_regional_representative_of_a_un_body_is_an_official() -> None:
    told = run('"The rings move fast," said Marta Veldin, the UNODC\'s acting regional representative for the region.')
    assert {n.properties.get("role") for n in told.nodes.values() if n.name == "Marta Veldin"} == {"official"}


def test_the_town_a_person_is_a_resident_of_is_no_place_of_the_act() -> None:
    found = facts(run("Police arrested a recruiter on Monday. Those arrested include Varen Pollick, a resident of Kharar "
                      "near Ludhiana."))
    assert not any(f[0] == "OCCURRED_AT" for f in found)


def test_people_caught_in_a_raid_were_arrested() -> None:
    assert any(f[0] == "ARRESTED" and f[2] == "CL" and f[3] == 112 for f in facts(run(
        "Some 112 Chilean workers were caught during the operation at the Opal Finch compound on Tuesday night.")))
    assert any(f[0] == "ARRESTED" and f[2] == "PE" and f[3] == 41 for f in facts(run(
        "Police caught 41 Peruvian nationals during the raid on Tuesday.")))
    assert not events(run("Forty workers were caught in the crossfire on Tuesday."))


def test_people_told_found_guilty_before_their_names_were_convicted() -> None:
    found = facts(run("A Ferrow court on Thursday sentenced former town mayor Lorna Vell to life in prison for trafficking. "
                      "Also found guilty of trafficking were Chilean nationals Zhao Pinlo and Meng Tiancu."))
    assert {f[2] for f in found if f[0] == "CHARGED"} >= {"Lorna Vell", "Zhao Pinlo", "Meng Tiancu"}
    assert not any(f[0] == "FOUND" for f in found)


def test_acts_a_verb_of_likeness_compares_with_are_others() -> None:
    told = events(run("Dastra deported 40 Chileans on Monday, in a move that echoes similar sweeps made in Laos "
                      "last week."))
    assert not any(key.startswith("raid") for key in told)


def test_a_phone_charged_is_no_one_charged() -> None:
    assert not events(run("Although she had charged her phone before setting off, she got lost in the hills."))


def test_charges_asked_about_with_if_any_are_no_charge() -> None:
    told = events(run("The minister said Dastra was not told what charges, if any, were laid against nine people."))
    assert not any(key.startswith("charge") for key in told)


def test_a_place_then_a_day_is_no_persons_name() -> None:
    told = run("At a briefing in Camp Verano Thursday, police spokesperson Col. Mara Dizon said the chief was relieved.")
    assert "Camp Verano Thursday" not in {n.name for n in told.nodes.values()}


def test_origins_of_the_people_an_act_told_are_their_nationalities() -> None:
    found = facts(run("Police raided a fraud centre in Dastra on Monday, detaining more than 40 foreigners. The people "
                      "detained came from Chile, Peru and Bolivia, officials said."))
    assert {f[2] for f in found if f[0] == "DETAINED"} >= {"CL", "PE", "BO"}
    found = facts(run("Police detained 420 people who crossed into Dastra. Nationals from Chile, Peru and Bolivia were "
                      "among them, the police said."))
    assert {f[2] for f in found if f[0] == "DETAINED"} >= {"CL", "PE", "BO"}


def test_a_raided_place_named_again_makes_no_second_raid() -> None:
    told = events(run("On July 2 the commission filed complaints against two Chileans over the raided hub in Dastra. "
                      "The hub was raided by police on June 5."))
    assert [key for key in told if key.startswith("raid")] == ["raid@2026-06-05"]


def test_people_held_under_threat_are_captives_not_detainees() -> None:
    assert not events(run("Another 150 Chileans detained under threat at a border casino are being forced to run scams."))


def test_a_missing_person_found_alive_is_no_raid() -> None:
    assert not events(run("A Chilean teenager has been found alive near the border after going missing on March 2, police "
                          "said."))
    assert "raid@2026-10-12" in events(run("Police found 40 Chileans in the compound on Monday."))


def test_a_body_speaking_after_a_persons_name_is_not_their_employer() -> None:
    found = facts(run("The police on Thursday seized cash worth S$20 million from businessman Wu Kaiven, the Singapore "
                      "Police Force (SPF) said on Friday."))
    assert not any(f[0] == "WORKS_FOR" for f in found)
    found = facts(run("Police arrested 12 men on Monday, said Wu Kaiven, the head of the Singapore Police Force."))
    assert any(f[0] in {"WORKS_FOR", "LEADS"} and f[1] == "Wu Kaiven" for f in found)


def test_a_number_word_opening_a_name_after_the_stays_in_it() -> None:
    told = run("Volunteers from the Five Ferns Foundation found the Chilean hiker near the Nine Hills checkpoint on May 4.")
    names = {n.name for n in told.nodes.values()}
    assert {"Five Ferns Foundation", "Nine Hills checkpoint"} <= names


def test_a_nickname_in_quotes_inside_a_name_is_left_out_of_it() -> None:
    found = facts(run('Police arrested Ernesto "Boyo" Salvedo on Monday.'))
    assert ("ARRESTED", "arrest@2026-10-12", "Ernesto Salvedo", None) in found


def test_people_detained_after_they_crossed_are_no_part_of_the_raid_they_fled() -> None:
    told = events(run("More than 400 foreigners fled into Thailand after a military operation against the Opal Finch "
                      "compound, the army said. Thailand has detained 412 people, 380 men and 32 women, who had "
                      "crossed over to Mae Sot, it said."))
    assert any(key.startswith("detention") and e.get("count_detained") == 412 for key, e in told.items())
    assert not any(key.startswith("raid") and "count_detained" in e for key, e in told.items())


def test_all_three_named_before_take_the_act_told_of_them() -> None:
    found = facts(run("Dastran police arrested casino owner Lim Sovenn along with Ma Jiahoi and Zhou Pingo on Monday. "
                      "All three were later deported to Chile at Santiago's request."))
    assert {f[2] for f in found if f[0] == "DEPORTED"} == {"Lim Sovenn", "Ma Jiahoi", "Zhou Pingo"}


def test_each_name_after_a_peoples_title_takes_its_nationality() -> None:
    found = facts(run("Police arrested Chilean nationals Sok Darra and Chea Vuthay on Monday."))
    assert {f[1] for f in found if f[0] == "HAS_NATIONALITY" and f[2] == "CL"} == {"Sok Darra", "Chea Vuthay"}


def test_a_body_a_scam_impersonates_is_no_agency_of_the_story() -> None:
    told = run("The men ran a Singapore government impersonation scam from Dastra.")
    assert not any(n.label.value == "Agency" for n in told.nodes.values())

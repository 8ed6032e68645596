"""Kinds found by the session-43 audits of real stories (Cambodia's nationwide crackdown, South
Korean victims, Indonesian victims, Japanese rings, the Lao special zone, Philippine gaming hub
raids), each shown here on made-up words."""

from scamgraph.model import GraphBatch, Label
from tests.unit.test_news_extraction import events, facts, run


def _people(batch: GraphBatch) -> set[str]:
    return {node.name for node in batch.nodes.values() if node.label is Label.PERSON}


def test_a_weekday_in_the_clause_a_modal_opens_lies_ahead_however_far_from_it() -> None:
    # (the tests' stories are published on Thursday 2026-10-15)
    told = events(run("The two others, Oskar Velmi and Tano Brisk, will be deported and escorted to the Dastran "
                      "border police by Wednesday."))
    assert not any(key.startswith("deportation") for key in told)  # (a plan is no act: convention 8)
    told = events(run("Officials will say who was deported on Wednesday."))
    assert "deportation@2026-10-21" not in told


def test_people_a_leader_called_for_to_be_sent_home_are_no_event() -> None:
    told = events(run("At a meeting on Tuesday, the president called for all those trapped in the Vellor compounds "
                      "to be swiftly repatriated."))
    assert not any(key.startswith("repatriation") for key in told)


def test_a_return_hoped_for_is_no_event() -> None:
    told = events(run("The Dastrans surrendered to the commission in the hope of being repatriated soon."))
    assert not any(key.startswith("repatriation") for key in told)
    assert not any(key.startswith("rescue") for key in events(run("The workers hoped to be rescued by the army.")))


def test_a_demonym_before_a_name_is_the_persons_nationality() -> None:
    batch = run("Police arrested Briton Darrel Kolvey in Dastra on Monday.")
    assert "Darrel Kolvey" in _people(batch)
    assert ("HAS_NATIONALITY", "Darrel Kolvey", "GB", None) in facts(batch)
    batch = run("The Treasury named Lio Mengzu, another Chinese national, Australian Darrel Kolvey and Thai "
                "Somchai Parnrat as key actors.")
    assert {"Darrel Kolvey", "Somchai Parnrat"} <= _people(batch)


def test_a_demonym_before_a_things_name_makes_no_person() -> None:
    batch = run("Police raided the now banned Philippine Offshore Dice Operators (PODO) hub in Dastra. "
                "The agency and British High Commission on Monday spoke.")
    assert not any("Offshore" in name or "Commission" in name for name in _people(batch))


def test_people_believed_to_be_of_a_nationality_are_counted_as_such() -> None:
    found = facts(run("Ten undocumented foreign nationals, believed to be Vietnamese, were arrested in a raid in "
                      "Dastra on Tuesday."))
    assert any(f[0] == "ARRESTED" and f[2:] == ("VN", 10) for f in found)


def test_a_name_set_off_after_a_role_and_its_origin_is_a_person() -> None:
    batch = run("On Wednesday, officers in Dastra detained a fugitive from the Philippines, Marisa Delcano.")
    assert "Marisa Delcano" in _people(batch)
    batch = run("The Director of Protection for Dastran Citizens and Legal Aid at the Ministry of Foreign Affairs, "
                "Budi Sarwanto, said the workers were victims.")
    assert "Budi Sarwanto" in _people(batch)


def test_a_person_whose_death_a_charge_is_about_is_not_charged() -> None:
    found = facts(run("Prosecutors say two Chinese men were charged with murder in connection with Kang Du-ryeon's "
                      "death."))
    assert not any(f[0] == "CHARGED" and f[2] == "Kang Du-ryeon" for f in found)
    assert any(f[0] == "CHARGED" and f[2:] == ("CN", 2) for f in found)


def test_an_act_told_in_a_separate_case_is_another_event() -> None:
    told = events(run("Police arrested three Japanese men Wednesday following their deportation from Dastra. "
                      "In a separate case, five Japanese nationals were deported from Vellor in March."))
    assert told["deportation@2026-03"]["count_deported"] == 5
    assert told["deportation@"]["count_deported"] == 3


def test_the_detention_of_people_counts_them() -> None:
    told = events(run("Police raided the Amber Wren compound, resulting in the detention of 500 foreign nationals."))
    assert [e.get("count_detained") for e in told.values()] == [500]


def test_parts_an_inclusion_lists_never_outgrow_the_whole_told_before() -> None:
    told = events(run("The raid on the Amber Wren compound resulted in the detention of 500 foreign nationals. "
                      "Those detained included 300 Chinese nationals, 150 Vietnamese and 90 Indians."))
    assert [e.get("count_detained") for e in told.values()] == [500]
    told = events(run("Police raided the Amber Wren compound. Those detained included 310 Chinese, 95 Thais and 40 Lao."))
    assert [e.get("count_detained") for e in told.values()] == [445]


def test_a_number_the_whole_included_is_part_of_it() -> None:
    told = events(run("Police arrested 120 suspects during a raid on a hub in Dastra on Wednesday. The 120 suspects "
                      "included 70 foreign nationals, 50 Chinese and 20 Malaysians. The 50 others were Filipinos."))
    assert [e.get("count_arrested") for e in told.values()] == [120]


def test_this_week_told_of_acts_done_ends_on_the_day_of_the_story() -> None:
    # (Thursday 2026-10-15: the week's Monday is 2026-10-12)
    told = events(run("Police said more than 700 suspects had been arrested so far this week."))
    assert "arrest@2026-10-12/2026-10-15" in told


def test_a_report_that_dates_a_years_tally_dates_no_act() -> None:
    told = events(run("Dastran authorities raided six call centres in Vellor in 2025. The raids resulted in the "
                      "detention of 150 people, police chief Somchai Vilay said in a year-end report on 29 December."))
    assert told["raid@2025"]["count_detained"] == 150
    assert not any(key.endswith("2025-12-29") for key in told)


def test_the_day_of_a_probe_is_not_the_day_of_what_it_looks_into() -> None:
    told = events(run("Police on Monday widened their probe into the death of a Korean man held at a compound in Dastra."))
    assert "investigation@2026-10-12" in told
    assert "death@" in told


def test_an_operation_named_by_its_day_is_the_arrests_told_before() -> None:
    told = events(run("Eighteen people were arrested at a scam den in Dastra. Director Ramon Kruz said their August 9 "
                      "operation followed a tip from a neighbour."))
    assert told["raid@2026-08-09"]["count_arrested"] == 18
    assert "arrest@" not in told


def test_english_abbreviations_of_indonesian_police_ranks_are_no_part_of_the_name() -> None:
    assert "Hendra Wirasto" in _people(run("Sr. Comr. Hendra Wirasto said the suspect ran a scam ring."))
    assert "Hendra Wirasto" in _people(run("Comr Hendra Wirasto said the suspect ran a scam ring."))


def test_the_last_words_of_a_portfolio_are_no_person() -> None:
    batch = run("\u201cThe network is vast,\u201d said Marcia Delvane, Treasury Deputy Secretary for Terrorism "
                "and Financial Intelligence.")
    assert "Financial Intelligence" not in _people(batch)


def test_one_of_a_group_a_relative_clause_tells_the_act_of_counts_the_group() -> None:
    told = events(run("A former nurse, Dewi was one of 120 Indonesian citizens who were rescued by police in a raid on "
                      "the Amber Wren compound in Dastra."))
    assert [e.get("count_rescued") for e in told.values()] == [120]


def test_acts_in_a_bracket_on_a_persons_status_are_no_events() -> None:
    told = events(run("Kang left for Dastra on June 3, sent by a ring that included a man surnamed Yoon (in his 40s, "
                      "indicted and detained)."))
    assert not any(key.startswith(("charge", "detention")) for key in told)


def test_people_arrested_after_being_sent_away_were_sent_away_too() -> None:
    found = facts(run("Eighteen Japanese nationals were arrested on board a flight on 8 November, after being "
                      "deported from Dastra."))
    assert any(f[0] == "DEPORTED" and f[2:] == ("JP", 18) for f in found)
    assert any(f[0] == "ARRESTED" and f[2:] == ("JP", 18) for f in found)


def test_an_act_told_elsewhere_is_another_event() -> None:
    told = events(run("At least 140 Laotians were arrested on Wednesday in Poipet, an official said. Elsewhere, "
                      "police in the province of Vellor arrested 396 people, including nationals of Nepal."))
    assert sorted(e.get("count_arrested") for e in told.values() if e["type"] == "arrest") == [140, 396]


def test_the_place_of_a_meeting_is_not_the_place_of_the_act_told_with_it() -> None:
    found = facts(run("The recent crackdown on the Vellor compounds coincided with a meeting in Hanoi earlier this "
                      "month, where two leaders talked."))
    assert not any(f[0] == "OCCURRED_AT" and f[2] == "Hanoi" for f in found)


def test_people_whose_things_were_seized_were_not_arrested() -> None:
    told = events(run("Police in Dastra detained 40 people in a raid on Monday. Laptops and the personal data of "
                      "2,000 Vietnamese and Thai individuals were seized in the operation."))
    assert [e.get("count_detained") for e in told.values() if e["type"] == "raid"] == [40]
    assert not any(f[0] == "ARRESTED" for f in facts(run("Police seized the passports of 30 Vietnamese nationals.")))


def test_a_body_that_supported_an_act_took_part_in_it() -> None:
    found = facts(run("The inquiry, led by the Dastran National Police and supported by the Vellor Fiscal Service, "
                      "resulted in the arrest of 14 people."))
    assert not any(f[0] == "CONDUCTED" and f[1] == "Vellor Fiscal Service" for f in found)
    assert any(f[0] == "CONDUCTED" and f[1] == "Dastran National Police" for f in found)


def test_others_counted_on_the_acts_own_day_add_to_it() -> None:
    told = events(run("Officers detained 25 Chinese nationals and six others on Sunday at a resort in Dastra."))
    assert [e.get("count_detained") for e in told.values()] == [31]


def test_a_pair_by_sex_closed_by_one_person_counts_that_person() -> None:
    found = facts(run("Police arrested nine foreigners in Dastra on Monday. Those arrested include five Ethiopian men "
                      "and a woman, and three Kenyan men."))
    assert {(f[2], f[3]) for f in found if f[0] == "ARRESTED"} == {("ET", 6), ("KE", 3)}


def test_people_caught_running_a_scam_were_arrested() -> None:
    found = facts(run("On Sunday, police raided the Amber Tower in Dastra, where 14 Chinese and 6 Indian nationals "
                      "were caught operating a fake trading platform."))
    assert {(f[2], f[3]) for f in found if f[0] == "ARRESTED"} == {("CN", 14), ("IN", 6)}


def test_people_counted_in_an_opening_after_phrase_are_an_earlier_acts() -> None:
    told = events(run("Two years after arresting 140 Chinese nationals in Vellor, police on Tuesday arrested eight "
                      "Chinese nationals at a villa in Dastra."))
    assert [e.get("count_arrested") for e in told.values()] == [8]


def test_an_operation_counted_by_its_staff_is_a_gangs_business() -> None:
    found = facts(run("Police named the boss as Tran Van Khoa, who oversaw a 40-person operation based in the Amber "
                      "Wren compound in Dastra."))
    assert not any(f[0] == "LEADS" for f in found)
    assert not any(key.startswith("raid") for key in events(run("Tran Van Khoa oversaw a 40-person operation.")))


def test_a_tip_received_about_a_person_sends_no_one_home() -> None:
    found = facts(run("Le Van Khoa, 29, is under investigation. The arrest of Khoa came after officers received "
                      "information accusing him of selling people."))
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_the_suspects_after_a_whole_and_its_part_are_the_whole() -> None:
    told = events(run("Police have arrested 60 people, including three Chinese nationals, for running a loan fraud. "
                      "The suspects were picked up on Tuesday during a raid at the Amber Plaza in Dastra."))
    assert [e.get("count_arrested") for e in told.values()] == [60]
    found = facts(run("Police arrested 14 suspects, including nine Chinese. Prosecutors charged the group "
                      "with 80 counts of fraud."))
    assert not any(f[0] == "CHARGED" and f[2:] == ("CN", 9) for f in found)


def test_a_thousands_comma_set_off_by_a_space_still_joins_the_number() -> None:
    told = events(run("Officials said about 13, 000 people from 40 nations were deported from Dastra last year."))
    assert [e.get("count_deported") for e in told.values()] == [13000]


def test_aliens_are_people_counted() -> None:
    told = events(run("Immigration officers raided an office in Dastra and arrested 140 aliens."))
    assert [e.get("count_arrested") for e in told.values()] == [140]


def test_the_people_a_quoted_official_speaks_of_lend_him_no_nationality() -> None:
    found = facts(run("According to BI Commissioner Atty. Ramon Delvaro, the Taiwanese were apprehended in an "
                      "operation on 3 April."))
    assert not any(f[0] == "HAS_NATIONALITY" and f[1] == "Ramon Delvaro" for f in found)


def test_a_death_feared_is_no_death() -> None:
    told = events(run("Forty workers held at the Amber Ridge compound said they feared beatings, torture and even "
                      "death if they stayed."))
    assert not any(key.startswith("death") for key in told)


def test_people_shut_in_a_locked_room_were_not_detained_by_the_state() -> None:
    told = events(run("Dara said she was detained in a locked room at the Amber Heron compound for two weeks."))
    assert not any(key.startswith("detention") for key in told)
    told = events(run('"There were five guards and two held me down as the boss hit me," she said.'))
    assert not any(key.startswith("detention") for key in told)


def test_a_demonym_as_a_nickname_is_no_nationality() -> None:
    batch = run("The 17-year-old, known as Thai, said he was kept at the Amber Orchid compound for four months.")
    assert not any(node.label is Label.NATIONALITY for node in batch.nodes.values())


def test_a_known_outlet_told_something_is_no_person() -> None:
    batch = run("Mensah, 24, told Al Jazeera that he worked twelve hours a day at the Amber Lantern compound.")
    assert "Al Jazeera" not in _people(batch)
    assert any(node.label is Label.ORGANIZATION and node.name == "Al Jazeera" for node in batch.nodes.values())


def test_a_person_sent_from_a_country_to_another_is_of_neither() -> None:
    found = facts(run("The deportation of Tan Weiming from Cambodia to China on March 3, 2025, was hailed as a success."))
    assert not any(f[0] == "HAS_NATIONALITY" for f in found)


def test_the_names_of_a_research_group_and_its_brief_are_no_people() -> None:
    batch = run("The Harbor Watch Brief is a monthly series by Lantern Research that looks at fraud rings.")
    assert not _people(batch)


def test_acts_said_to_be_routine_are_no_event() -> None:
    assert not events(run("In Dastra, crackdowns have become routine."))


def test_people_a_verb_acts_on_past_a_time_told_between_are_its() -> None:
    found = facts(run("The immigration bureau deported on Thursday night the 64 Chinese nationals who were arrested in "
                      "a raid in Dastra two months ago."))
    assert any(f[0] == "DEPORTED" and f[2:] == ("CN", 64) for f in found)


def test_a_body_that_put_a_target_on_its_sanctions_list_sanctioned_it() -> None:
    found = facts(run("On Tuesday the US Treasury placed the Amber Lotus Casino in Dastra on its sanctions blacklist."))
    assert any(f[0] == "CONDUCTED" and f[1] == "United States Department of the Treasury" for f in found)


def test_who_lodged_the_complaint_behind_an_arrest_was_not_arrested() -> None:
    found = facts(run("Pune police on Tuesday arrested Ravi Kolvekar, an agent who sent 14 youths to Dastra. His arrest "
                      "came after a complaint filed by Meera Dastane, a teacher."))
    assert not any(f[0] == "ARRESTED" and f[2] == "Meera Dastane" for f in found)
    assert any(f[0] == "ARRESTED" and f[2] == "Ravi Kolvekar" for f in found)


def test_an_act_a_step_is_taken_ahead_of_is_still_to_come() -> None:
    assert not events(run("Officials will speed up checks for the nearly 300 Thai citizens ahead of their flight back "
                          "to Thailand."))


def test_people_busted_by_the_police_were_arrested() -> None:
    found = facts(run("Twelve Laotian nationals were escorted to Dastra on Friday after they were busted by a joint "
                      "force of police and immigration officers."))
    assert any(f[0] == "ARRESTED" and f[2:] == ("LA", 12) for f in found)
    assert not events(run("The Vellor police busted the trafficking racket."))


def test_a_youth_of_a_nationality_is_one_person_of_it() -> None:
    found = facts(run("A Laotian youth was arrested in Dastra on Friday."))
    assert any(f[0] == "ARRESTED" and f[2:] == ("LA", 1) for f in found)


def test_officers_of_a_body_who_made_the_arrests_make_it_their_act() -> None:
    found = facts(run("Police have arrested eight Laotian nationals at a mall in Dastra. Officers from the "
                      "Anti-Fraud Division made the arrests on Friday."))
    assert any(f[0] == "CONDUCTED" and f[1] == "Anti-Fraud Division" for f in found)


def test_a_sending_home_is_read_past_a_to_of_the_peoples_description() -> None:
    found = facts(run("On 6 September, the Vellor Police transferred 412 Chinese nationals involved in schemes related "
                      "to online betting back to China."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("CN", 412) for f in found)


def test_in_the_last_month_is_no_calendar_month() -> None:
    told = events(run("The embassy repatriated 33 Thai citizens in the last month, it said."))
    assert not any(key.endswith("2026-09") for key in told)


def test_a_speaker_introduced_after_a_count_is_not_of_its_nationality() -> None:
    found = facts(run("Vellor provincial police raided a hotel in the town, arresting 31 Filipino nationals, said "
                      "provincial police chief Sok Vireak on Thursday."))
    assert not any(f[0] == "HAS_NATIONALITY" and f[1] == "Sok Vireak" for f in found)


def test_someone_money_was_seized_from_was_not_arrested() -> None:
    found = facts(run("Broker Tam Ruelan was jailed for 15 months on Monday. The court ordered him to forfeit most of "
                      "the $40 million seized from him and his wife Oda Pellin."))
    assert not any(f[0] == "ARRESTED" for f in found)


def test_a_body_a_transfer_was_coordinated_with_took_part() -> None:
    found = facts(run("The Border Guard Force handed over 27 Ghanaian citizens to Thailand last week. The handover "
                      "was arranged together with the Thai Immigration Bureau."))
    assert not any(f[0] == "CONDUCTED" and f[1] == "Thai Immigration Bureau" for f in found)


def test_the_peoples_of_a_region_are_no_person() -> None:
    assert not _people(run("A joint effort between Kenya and an agency brought back the 16 East Africans who are now "
                           "in its care."))


def test_a_larger_whole_a_group_is_part_of_takes_no_act() -> None:
    told = events(run("The ministry said the 12 Filipinos rescued from a compound in Dastra would be home soon. This "
                      "group is part of the 480 Filipino victims rescued from compounds in Dastra."))
    assert [e.get("count_rescued") for e in told.values() if e["type"] == "rescue"] == [12]


def test_people_received_from_another_states_hands_past_a_total_are_counted() -> None:
    found = facts(run("Vietnam on Friday received from Dastran authorities a total of 64 Vietnamese citizens who were "
                      "held by police during raids."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("VN", 64) for f in found)


def test_suspects_who_returned_of_their_own_accord_were_not_sent_home() -> None:
    told = events(run("More than ten others voluntarily returned to Dastra in March and later surrendered to police."))
    assert not any(key.startswith("repatriation") for key in told)


def test_crimes_a_sentence_was_for_are_no_events() -> None:
    told = events(run("The three were first sentenced to death in March 2025 by the Higher Court of Vellor for crimes "
                      "including homicide, fraud, kidnapping, operating gambling dens."))
    assert not any(key.startswith("kidnapping") for key in told)


def test_goods_trafficked_are_no_human_trafficking() -> None:
    batch = run("The court found that Zhou Peiming had made and trafficked about 3 tonnes of methamphetamine.")
    assert not any(node.label is Label.SCAM_TYPE and node.name == "human trafficking" for node in batch.nodes.values())

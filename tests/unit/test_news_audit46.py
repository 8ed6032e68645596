"""Kinds found by the session-46 audits of real stories (Indonesia's raids at home, the Prince
Group after its boss's arrest, walk-outs from compounds, official statistics, Starlink and power
cut-offs, ministers' meetings and joint operations, the region's courts, 2026 news briefs), each
shown here on made-up words."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, run


def _agencies(text: str) -> set[str]:
    return {node.name for node in run(text).nodes.values() if node.label is Label.AGENCY}


def test_police_placed_in_a_town_or_country_carried_out_what_they_are_the_subject_of() -> None:
    told = facts(run("Police in the remote upland province of Lao Cai on Friday detained 17 men for a phone fraud."))
    assert ("CONDUCTED", "Lao Cai police", "detention@2026-10-09", None) in told
    assert ("OCCURRED_AT", "detention@2026-10-09", "Lao Cai", None) in told
    told = facts(run("Authorities in Laos have rounded up and deported 51 Chinese workers."))
    assert ("CONDUCTED", "Lao authorities", "deportation@", None) in told
    told = facts(run("Police in Kampot and Takeo raided two casinos and arrested 80 people."))
    assert {("CONDUCTED", "Kampot police", "raid@", None), ("CONDUCTED", "Takeo police", "raid@", None)} <= told
    assert {("OCCURRED_AT", "raid@", "Kampot", None), ("OCCURRED_AT", "raid@", "Takeo", None)} <= told


def test_a_town_told_by_its_province_or_country_first_names_the_body() -> None:
    told = facts(run("The police in Gujarat's Ahmedabad have arrested five agents for sending youths abroad."))
    assert ("CONDUCTED", "Ahmedabad police", "arrest@", None) in told
    told = facts(run("Police in Saudi Arabia's coastal city of Jeddah detained nine men tied to a call centre."))
    assert ("CONDUCTED", "Jeddah police", "detention@", None) in told
    assert "Hong Kong authorities" in _agencies("Authorities in Hong Kong have frozen the assets of the Velk group.")


def test_a_towns_body_is_the_body_named_in_full_and_none_when_it_does_nothing() -> None:
    told = facts(run("Police in Lai Chau Province have arrested 12 people. The Lai Chau Provincial Police said the "
                     "ring had recruited online."))
    assert ("CONDUCTED", "Lai Chau Provincial Police", "arrest@", None) in told
    assert "Lai Chau police" not in _agencies("Police in Lai Chau Province have arrested 12 people. The Lai Chau "
                                              "Provincial Police said the ring had recruited online.")
    assert "Tay Ninh police" not in _agencies("Police in Tay Ninh Province asked Cambodia for help with the case.")


def test_police_placed_somewhere_that_only_speak_carry_out_nothing() -> None:
    told = facts(run("Police in Changhua County said the woman was arrested on Monday."))
    assert not any(f[0] == "CONDUCTED" for f in told)
    assert "Chinese police" in _agencies("Chinese police in Cambodia arrested five men.")


def test_a_part_in_brackets_after_counted_people_adds_none() -> None:
    told = facts(run("Guards detained 140 Laotians (55 women) at the Tarn compound on Monday."))
    assert [f[3] for f in told if f[0] == "DETAINED"] == [140]
    told = facts(run("Soldiers held 300 people, including 150 Thais (70 women) and 90 Kenyans, on Monday."))
    assert ("DETAINED", "detention@2026-10-12", "TH", 150) in told
    told = facts(run("Soldiers held 90 people on Monday: Chinese (45), Vietnamese (30) and Thais (15)."))
    assert ("DETAINED", "detention@2026-10-12", "TH", 15) in told


def test_a_bare_number_with_an_aside_counting_women_keeps_its_number() -> None:
    assert events(run("Of the detainees, 36 – including nine women – were charged with fraud."))["charge@"][
        "count_charged"] == 36
    assert events(run("Of the detainees, 36, including nine women, were charged with fraud."))["charge@"][
        "count_charged"] == 36


def test_people_after_a_verb_of_their_own_are_no_item_of_the_list_before() -> None:
    told = events(run("Officers detained 940 suspects and sent 61 alleged bosses to court during the sweep."))
    assert [e.get("count_detained") for e in told.values()] == [940]


def test_charges_that_cannot_be_laid_and_feared_acts_are_no_events() -> None:
    assert events(run("Officers cannot press charges against the 35 men.")) == {}
    assert events(run("Bringing fraud charges against the 35 detainees would be difficult, an officer said.")) == {}
    assert events(run("The 35 workers now stand the risk of deportation.")) == {}
    assert "raid@" in events(run("The raid was difficult, officers said, and 35 men were arrested in it.")) \
        or "arrest@" in events(run("The raid was difficult, officers said, and 35 men were arrested in it."))


def test_things_received_from_states_make_no_people_of_them() -> None:
    assert events(run("The pact has received warm responses from countries including Cambodia, Myanmar and Vietnam.")) == {}


def test_acts_that_officials_meet_to_discuss_are_no_acts_of_that_day() -> None:
    assert events(run("Envoys from China and Laos gathered in Tarn on Friday to review the recent raids on compounds.")) == {}
    told = events(run("Police raided the Velk tower and detained 70 people. Last week, officers of both states met "
                      "to plan a joint operation."))
    assert list(told) == ["raid@"]


def test_an_act_said_not_to_be_one_is_none() -> None:
    assert events(run("It was not a police raid or a sweep, the commissioner said on Monday.")) == {}
    assert events(run("This was not a field raid, officers said on Monday.")) == {}


def test_crime_figures_are_people_counted() -> None:
    assert events(run("Officials said 64 senior crime figures tied to the compounds have been arrested."))["arrest@"][
        "count_arrested"] == 64


def test_the_owner_of_what_the_arrested_worked_on_was_not_arrested() -> None:
    told = facts(run("Police said Tan Wei Ming, 41, the pilot of a jet owned by Zhao Wenrui, was arrested on June 3."))
    assert ("ARRESTED", "arrest@2026-06-03", "Tan Wei Ming", None) in told
    assert not any(f[2] == "Zhao Wenrui" for f in told)


def test_police_that_held_people_carried_the_detention_out() -> None:
    told = facts(run("Cambodian police held 38 Vietnamese workers for questioning on March 3."))
    assert ("CONDUCTED", "Cambodian National Police", "detention@2026-03-03", None) in told


def test_abuse_found_not_to_be_is_no_abuse_of_the_site() -> None:
    batch = run("Police raided the Velk tower on March 2, but officers found no evidence of forced labour there.")
    assert not any(n.properties.get("abuses") for n in batch.nodes.values())


def test_numbers_paired_with_a_list_by_respectively_count_no_act() -> None:
    told = events(run("The bureau said 25 Chinese were deported in 2016. The Malaysians and Indonesians with 64 and 51 "
                      "respectively follow the Chinese in the number of foreigners deported."))
    assert told["deportation@2016"]["count_deported"] == 25
    told = facts(run("Over the year, the paper recorded no fewer than six cases of Russians being freed from compounds in "
                     "Myanmar."))
    assert any(f[0] == "RESCUED" and f[2] == "RU" and f[3] == 6 for f in told)


def test_a_person_is_still_the_one_acted_on_past_an_aside_giving_another_name() -> None:
    for text in ("Reports said Zhao Wenrui — also known as Velk — had been detained in Laos.",
                 "Zhao Wenrui, also known as Velk, was detained in Laos on Monday.",
                 "Zhao Wenrui (alias Velk) was detained in Laos on Monday."):
        assert any(f[0] == "DETAINED" and f[2] == "Zhao Wenrui" for f in facts(run(text))), text


def test_a_quarter_named_after_a_country_is_no_country() -> None:
    batch = run("Workers from the compounds marched through China Town, Sihanoukville on Monday.")
    assert not any(n.name == "China" for n in batch.nodes.values())


def test_a_place_named_to_say_where_another_lies_is_not_where_it_happened() -> None:
    told = facts(run("The 25 men were detained on Velk island, situated near Singapore."))
    assert not any(f[0] == "OCCURRED_AT" and f[2] == "Singapore" for f in told)
    told = facts(run("The 25 men were detained near Singapore on Monday."))
    assert any(f[0] == "OCCURRED_AT" and f[2] == "Singapore" for f in told)


def test_the_last_body_of_a_list_of_partners_with_its_seat_took_part_too() -> None:
    told = facts(run("The return of 30 Filipino workers came about through joint efforts among the Department of "
                     "Foreign Affairs, the Labour Office in Dubai, and the Indonesian Embassy in Bangkok."))
    assert ("PARTICIPATED_IN", "Indonesian Embassy", "repatriation@", None) in told


def test_batam_is_a_city() -> None:
    batch = run("Police arrested 40 Chinese nationals in Batam on Monday.")
    assert [n.properties.get("kind") for n in batch.nodes.values() if n.name == "Batam"] == ["city"]


def test_two_states_embassies_sharing_one_head_are_one_embassy_each() -> None:
    assert {"Chinese embassy", "Indonesian embassy"} <= _agencies("The Chinese and Indonesian embassies said 40 men fled.")


def test_a_name_someone_also_goes_by_is_no_second_person() -> None:
    batch = run("The court jailed Zhao Wenrui, who also goes by Liu Fengmo, for 21 years.")
    assert "Liu Fengmo" not in {n.name for n in batch.nodes.values() if n.label is Label.PERSON}


def test_people_counted_after_with_and_a_participle_are_the_clauses_act() -> None:
    told = events(run("Since the start of this year, the two states have run joint raids in Tarn, with more than 2,100 "
                      "suspects deported to China."))
    assert told["deportation@2026-01-01/2026-10-15"]["count_deported"] == 2100


def test_an_act_told_additionally_in_another_town_is_another_act() -> None:
    told = events(run("Police detained 70 suspects in Batam last week. Additionally, 15 suspects were detained in "
                      "the city of Pontianak."))
    assert sorted(e["count_detained"] for e in told.values()) == [15, 70]
    told = events(run("Police deported 70 Chinese from Batam on Monday. Additionally, 10 Vietnamese were deported."))
    assert len(told) == 1


def test_a_word_of_mixed_case_is_no_bodys_acronym() -> None:
    assert _agencies("Police raided the offices of Quince (IoM) Ltd on June 4.") == set()
    assert "International Organization for Migration" in _agencies("The IOM flew 40 Kenyans home on Monday.")


def test_people_quoted_as_a_source_count_no_act() -> None:
    told = events(run("About 300 people are held in the camp, two Ugandan men who are detained there told reporters."))
    assert all("count_detained" not in e for e in told.values())


def test_the_doers_of_a_harm_are_not_the_people_harmed() -> None:
    told = facts(run("An inspector said that two Chinese nationals had lured and sold 12 Nepali youths. The "
                     "bureau's investigation went on."))
    assert not any(f[0] == "AFFECTED" and f[2] == "CN" for f in told)


def test_people_captured_by_militias_were_not_arrested() -> None:
    assert events(run("The ministry is trying to free 25 Ugandans who were captured in militia areas by the border "
                      "and forced to run scams.")) == {}
    assert facts(run("Police captured 25 Ugandans in a raid.")) == {("ARRESTED", "raid@", "UG", 25)}


def test_an_assistant_minister_is_a_vice_minister() -> None:
    batch = run("Zhao Minghui, Assistant Minister of Public Security, visited Mae Sot on Sunday.")
    assert [n.properties.get("role") for n in batch.nodes.values() if n.name == "Zhao Minghui"] == ["vice minister"]


def test_a_wider_group_people_form_part_of_is_counted_by_its_own_act() -> None:
    told = events(run("The 40 deportees form part of a larger group of 500 Vietnamese nationals who were arrested in "
                      "a sweep."))
    assert told["arrest@"]["count_arrested"] == 500


def test_an_amount_written_with_its_currency_counts_no_people() -> None:
    assert events(run("Police said the Tarn ring transferred approximately HK$25 million through more than 300 bank accounts.")) == {}
    assert events(run("Police deported 1.2 million people."))["deportation@"]["count_deported"] == 1_200_000


def test_a_body_questioning_people_freed_before_did_not_free_them() -> None:
    told = facts(run("The consulate said on Friday that the 22 Vietnamese nationals, who were freed on Wednesday, are "
                     "undergoing questioning by Thai authorities."))
    assert not any(f[0] == "CONDUCTED" and f[1] == "Thai authorities" for f in told)


def test_a_newspaper_told_again_is_no_person() -> None:
    batch = run("According to the French newspaper Le Figaro, dozens of Algerians are held in Myanmar. The "
                "correspondent of Le Figaro in Algiers met two of them.")
    assert not any(n.label is Label.PERSON for n in batch.nodes.values())


def test_a_title_before_the_speaker_after_an_arrested_person_is_the_speakers() -> None:
    told = facts(run("Police arrested Zhao Wenrui, PNP spokesperson Colonel Ramon Ducut said on Tuesday."))
    assert ("WORKS_FOR", "Ramon Ducut", "Philippine National Police", None) in told
    assert not any(f[0] == "WORKS_FOR" and f[1] == "Zhao Wenrui" for f in told)


def test_the_matters_a_committee_is_named_for_are_no_people() -> None:
    batch = run("On March 3, the House Committee on Veterans, Youth, Family Relations, and Gender Equality ordered "
                "the arrest of businessman Zhao Wenrui.")
    assert {n.name for n in batch.nodes.values() if n.label is Label.PERSON} == {"Zhao Wenrui"}


def test_a_hub_told_as_raided_before_is_no_raid_of_the_arrest_told() -> None:
    batch = run("Lyka Santos, the authorized representative of the raided Velk hub in Capas, was arrested on March 8.")
    told = facts(batch)
    assert ("ARRESTED", "arrest@2026-03-08", "Lyka Santos", None) in told
    assert [n.properties.get("role_class") for n in batch.nodes.values() if n.name == "Lyka Santos"] == ["business"]


def test_the_raids_an_operation_stemmed_from_give_it_neither_their_day_nor_their_doer() -> None:
    told = facts(run("Police said on April 1 that 40 Thai nationals had been brought home. At a press conference, the "
                     "general described the operation, which stemmed from Cambodian police raids in Poipet on March 20."))
    assert not any(f[0] == "CONDUCTED" and f[2].startswith("repatriation") for f in told)
    assert not any(f[2] == "repatriation@2026-03-20" or f[1] == "repatriation@2026-03-20" for f in told)


def test_acts_counted_along_a_border_name_no_people_of_its_state() -> None:
    assert events(run("About two tonnes of cannabis were seized in four separate operations along the Lao border, "
                      "officials said on Tuesday.")) == {"seizure@": {"type": "seizure"}}


def test_a_case_told_as_not_the_first_of_its_kind_is_no_act() -> None:
    told = events(run("On 10 March, police arrested four Lao nationals in Dastra. This is not the first case this year "
                      "of Lao nationals getting arrested in Thailand."))
    assert list(told) == ["arrest@2026-03-10"]


def test_sanctions_someone_will_face_and_an_acts_plan_are_no_acts() -> None:
    assert events(run("Casino operators who break the new rules will face severe legal sanctions, the governor said.")) == {}
    assert events(run("The families want a clear answer about the ministry's rescue plan, a councillor said on Thursday.")) == {}


def test_a_venues_name_is_no_person() -> None:
    batch = run("Workers streamed out of the Lotus Casino compound on Monday. Yet the scenes at compounds like Lotus "
                "Casino told another tale.")
    assert not any(n.label is Label.PERSON for n in batch.nodes.values())


def test_people_told_beside_an_act_after_on_top_of_are_no_item_of_its_list() -> None:
    told = events(run("On top of the 1,200 deportations, around 9,000 foreigners have left the country, the minister said."))
    assert told["deportation@"]["count_deported"] == 1200


def test_a_political_commissar_is_a_police_officer() -> None:
    batch = run("A delegation led by Zhao Minghua, Political Commissar of the Cyber Crime Bureau, met in "
                "Mangshi on July 26.")
    assert "Political Commissar" not in {n.name for n in batch.nodes.values()}
    assert [n.properties.get("role") for n in batch.nodes.values() if n.name == "Zhao Minghua"] == ["police officer"]


def test_people_freed_near_a_country_were_not_freed_in_it() -> None:
    told = facts(run("About 400 workers were rescued from scam centres near Thailand by the Myanmar army."))
    assert not any(f[0] == "OCCURRED_AT" and f[2] == "Thailand" for f in told)


def test_an_executive_director_of_a_task_force_is_an_official() -> None:
    batch = run("Marco Deltoro, executive director of the anti-scam task force, said 40 workers were freed.")
    assert [n.properties.get("role_class") for n in batch.nodes.values() if n.name == "Marco Deltoro"] == ["official"]


def test_a_courts_numbered_criminal_division_is_no_army_unit() -> None:
    batch = run("On December 3, the 2nd Criminal Division of the Tarn District Court heard the case of 39 men.")
    assert not any(n.properties.get("kind") == "military" for n in batch.nodes.values())


def test_ages_listed_after_counted_people_add_none() -> None:
    assert events(run("Three Malaysians aged 19, 22 and 25 were rescued from the Velk compound."))["rescue@"][
        "count_rescued"] == 3


def test_a_feeling_captured_and_a_search_for_work_are_no_acts() -> None:
    assert events(run('"I searched for jobs for a year and then left Nepal on May 2," said Mina Rai.')) == {}
    assert events(run("The reunion captured the relief of the whole village on Monday.")) == {}


def test_people_transferred_to_a_unit_for_questioning_were_not_deported() -> None:
    told = events(run("Rangers detained seven Myanmar nationals near the border on Tuesday. Police later transferred all "
                      "seven people to the 1309th Ranger Company for further interrogation."))
    assert list(told) == ["detention@2026-10-13"]


def test_a_day_of_flights_laid_on_to_take_people_home_is_the_day_to_come() -> None:
    told = events(run("The embassy has laid on charter flights to take the victims at Mae Sot home on October 28."))
    assert list(told) == ["repatriation@2026-10-28"]
    assert "raid@2025-10-28" in events(run("On October 28, police raided the Velk compound."))


def test_people_told_as_a_states_own_are_its_nationals() -> None:
    told = facts(run("Many remain stuck in Phnom Penh, with Ghana bringing 45 of its own home on February 3."))
    assert any(f[0] == "REPATRIATED" and f[2] == "GH" and f[3] == 45 for f in told)

"""People and titles in generic sentences: titles and honorifics stay out of names, a family name
alone is no person, a news outlet or airline is an organization."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_rank_abbreviations_and_hyphenated_titles_are_not_part_of_the_name() -> None:
    batch = run("Police Commissioner-General Pol Gen Somchai Rakdee reported the raid on Monday.")
    assert names(batch, Label.PERSON) == {"Somchai Rakdee"}


def test_a_title_that_begins_with_its_agency_words_is_not_part_of_the_name() -> None:
    batch = run("National Police Chief Chan Dara told reporters the claims were untrue.")
    assert names(batch, Label.PERSON) == {"Chan Dara"}
    assert batch.nodes["person:chan-dara"].properties["role_class"] == "police"


def test_honorifics_after_a_posting_are_not_part_of_the_name() -> None:
    batch = run("The Ambassador to Cambodia Datuk Seri Aminah Yusof attended the handover.")
    assert names(batch, Label.PERSON) == {"Aminah Yusof"}


def test_a_family_name_alone_is_no_person_even_with_mr() -> None:
    batch = run("The leaders are Mr. Park (31) and Mr. Seo (28), police said.")
    assert names(batch, Label.PERSON) == set()


def test_outlets_and_airlines_are_organizations_and_a_list_of_them_is_two() -> None:
    batch = run("They flew home on Lotus Airways and Sky Air, the Harbour Post reported. Chan Dara told Morning News.")
    orgs = names(batch, Label.ORGANIZATION)
    assert {"Lotus Airways", "Harbour Post", "Morning News"} <= orgs
    assert not [o for o in orgs if " and " in o]
    assert "Morning News" not in names(batch, Label.PERSON)


def test_honorifics_after_a_title_word_are_skipped_and_the_title_still_applies() -> None:
    batch = run("Commercial Crime Investigation Department director Datuk Seri Aminah Yusof said 29 Malaysians were missing.")
    assert names(batch, Label.PERSON) == {"Aminah Yusof"}
    # (the title applies: a director in a force's crime investigation department holds a police office)
    assert batch.nodes["person:aminah-yusof"].properties["role_class"] == "police"


def test_a_member_of_an_armed_group_is_its_member_not_its_employee() -> None:
    batch = run("\"We do not allow such business here,\" said Naw Ler Htoo, a United Wa State Army field commander.")
    assert ("MEMBER_OF", "Naw Ler Htoo", "United Wa State Army", None) in facts(batch)
    assert not any(rel == "WORKS_FOR" for rel, *_ in facts(batch))


def test_the_leader_of_a_body_leads_it_and_does_not_work_for_it() -> None:
    batch = run("The Border Guard Force leader Colonel Min Aung Kyaw denied the claims.")
    assert ("LEADS", "Min Aung Kyaw", "Border Guard Force", None) in facts(batch)
    assert ("WORKS_FOR", "Min Aung Kyaw", "Border Guard Force", None) not in facts(batch)


def test_an_official_of_a_body_still_works_for_it() -> None:
    batch = run("\"The victims are safe,\" said Royal Malaysia Police spokesman Ahmad Zaki Hamid.")
    assert ("WORKS_FOR", "Ahmad Zaki Hamid", "Royal Malaysia Police", None) in facts(batch)


def test_a_person_named_out_of_a_group_takes_the_groups_nationality() -> None:
    batch = run("Eleven Vietnamese nationals, including the alleged recruiter Tran Minh Duc, were arrested.")
    assert ("HAS_NATIONALITY", "Tran Minh Duc", "VN", None) in facts(batch)


def test_people_identified_out_of_a_group_all_take_its_nationality() -> None:
    batch = run("The detained Malaysian nationals were identified as Tan Wei Ming, 29, and Lim Chee Keong, 35.")
    found = {(rel, who, what) for rel, who, what, _ in facts(batch) if rel == "HAS_NATIONALITY"}
    assert found == {("HAS_NATIONALITY", "Tan Wei Ming", "MY"), ("HAS_NATIONALITY", "Lim Chee Keong", "MY")}


def test_a_demonym_and_a_people_word_in_apposition_before_a_name_are_his() -> None:
    batch = run("The 41-year-old Indonesian man, Budi Santoso, turned himself in to police on Friday.")
    assert ("HAS_NATIONALITY", "Budi Santoso", "ID", None) in facts(batch)


def test_officials_in_a_group_of_other_words_take_no_nationality_from_it() -> None:
    batch = run("Three officials, including police chief Somchai Wongsa, met reporters in Bangkok.")
    assert not any(rel == "HAS_NATIONALITY" for rel, *_ in facts(batch))


def test_a_name_after_a_title_and_its_body_in_apposition_is_a_person_of_that_body() -> None:
    batch = run("The handover was overseen by the Deputy Director of the Border Affairs Police Department, "
                "Bounmy Sengdala, and his Thai counterpart.")
    assert names(batch, Label.PERSON) == {"Bounmy Sengdala"}
    assert ("WORKS_FOR", "Bounmy Sengdala", "Border Affairs Police Department", None) in facts(batch)


def test_a_name_after_counterpart_is_a_person() -> None:
    batch = run("The minister held talks in Vientiane with his counterpart Sone Phommachanh on Monday.")
    assert names(batch, Label.PERSON) == {"Sone Phommachanh"}


def test_a_title_that_swallowed_its_agencys_head_word_still_names_the_employer() -> None:
    batch = run("PHNOM PENH — The National Police raided a compound. "
                "National Police Chief Chan Dara told reporters the claims were untrue.")
    employers = {t for rel, p, t, _ in facts(batch) if rel == "WORKS_FOR" and p == "Chan Dara"}
    assert len(employers) == 1 and "National Police" in next(iter(employers))


def test_a_minister_works_for_the_ministry_of_that_portfolio_the_article_named() -> None:
    batch = run("The Foreign Ministry said talks were under way. Foreign Minister Anura Silva sought help on Monday.")
    assert ("WORKS_FOR", "Anura Silva", "Foreign Ministry", None) in facts(batch)


def test_a_minister_of_another_country_is_not_given_this_articles_ministry() -> None:
    batch = run("The Foreign Ministry said talks were under way. The Thai Foreign Minister Anura Silva sought help.")
    assert not any(rel == "WORKS_FOR" and p == "Anura Silva" for rel, p, *_ in facts(batch))


def test_a_person_named_out_of_a_bodys_leaders_leads_it() -> None:
    batch = run("Prosecutors sought warrants for three Border Guard Force leaders, including Saw Min Tun, on Monday.")
    assert ("LEADS", "Saw Min Tun", "Border Guard Force", None) in facts(batch)


def test_a_body_named_only_inside_a_title_makes_no_agency() -> None:
    batch = run("PHNOM PENH — National Police Chief Chan Dara told reporters the claims were untrue.")
    assert names(batch, Label.AGENCY) == set()


def test_a_foreign_team_that_arrives_is_a_delegation_under_its_written_name() -> None:
    batch = run("Thai anti-fraud team arrives in Bavet\n\nA team from Thailand's Central Investigation Bureau "
                "has arrived in Bavet on Monday to discuss help for Thai victims.")
    (team,) = [n for n in batch.nodes.values() if n.label is Label.DELEGATION]
    assert team.name == "Thai anti-fraud team"
    assert ("REPRESENTS", team.name, "TH", None) in facts(batch)
    visits = {t for rel, s, t, _ in facts(batch) if rel == "PARTICIPATED_IN" and s == team.name}
    assert visits and all(t.startswith("visit@") for t in visits)


def test_a_team_of_no_named_country_that_arrives_is_no_delegation() -> None:
    batch = run("A team of investigators arrived in Bavet on Monday.")
    assert names(batch, Label.DELEGATION) == set()


def test_a_mission_he_led_abroad_is_led_by_the_person_named_before_with_its_members() -> None:
    batch = run("Police director Abdul Rahman Salleh said 40 Malaysians were rescued. Earlier, he led a mission "
                "comprising police officers, Ambassador Datuk Aminah Yusof and Secretary Lim Wei Jie to Cambodia "
                "for the rescue mission.")
    assert names(batch, Label.DELEGATION) == {"Rescue mission led by Abdul Rahman Salleh"}
    assert ("LEADS", "Abdul Rahman Salleh", "Rescue mission led by Abdul Rahman Salleh", None) in facts(batch)
    assert ("MEMBER_OF", "Aminah Yusof", "Rescue mission led by Abdul Rahman Salleh", None) in facts(batch)


def test_a_body_after_a_title_and_for_is_split_from_the_holders_name() -> None:
    batch = run("Spokeswoman for the South Korean Presidential Palace Park Ji-hoon said that investigators "
                "found seven fraud centres.")
    assert names(batch, Label.PERSON) == {"Park Ji-hoon"}
    assert ("WORKS_FOR", "Park Ji-hoon", "South Korean Presidential Palace", None) in facts(batch)


def test_a_body_whose_name_ends_in_a_unit_after_a_title_stays_whole() -> None:
    batch = run("The Director of the Bureau of Immigration Fugitive Search Unit said 12 people were arrested.")
    assert names(batch, Label.PERSON) == set()


def test_the_leader_of_a_party_in_a_long_apposition_leads_it() -> None:
    batch = run("\"It will not end,\" said Anan Sirikul, Thailand's onetime prime minister and the de facto "
                "leader of the governing Pheu Thai Party.")
    assert ("LEADS", "Anan Sirikul", "Pheu Thai Party", None) in facts(batch)


def test_a_clause_after_a_name_and_its_comma_is_no_apposition() -> None:
    batch = run("Police seek three militia leaders, including Saw Min Tun, on allegations of running compounds "
                "along the Thai border.")
    assert not any(rel == "HAS_NATIONALITY" for rel, *_ in facts(batch))


def test_a_minister_is_not_given_a_ministry_of_a_named_other_country() -> None:
    batch = run("Thailand's Foreign Ministry said talks were under way. Foreign Minister Anura Silva sought help.")
    assert not any(rel == "WORKS_FOR" and p == "Anura Silva" for rel, p, *_ in facts(batch))


def test_a_swallowed_police_title_of_another_country_is_not_the_dateline_countrys_police() -> None:
    batch = run("PHNOM PENH — The National Police raided a compound. "
                "Thai National Police Chief Somchai Rakdee told reporters the claims were untrue.")
    assert not any(rel == "WORKS_FOR" and p == "Somchai Rakdee" and "Cambodia" in t for rel, p, t, _ in facts(batch))


def test_a_person_who_chairs_a_body_named_earlier_leads_it() -> None:
    batch = run("A report came from the Secretariat of the National Committee for Counter Trafficking. "
                "It followed a meeting with Prime Minister Chan Dara, who chairs the national committee, on Monday.")
    assert ("LEADS", "Chan Dara", "National Committee for Counter Trafficking", None) in facts(batch)


def test_a_person_who_chairs_an_unnamed_body_leads_nothing() -> None:
    batch = run("It followed a meeting with Prime Minister Chan Dara, who chairs the national committee, on Monday.")
    assert not any(rel == "LEADS" for rel, *_ in facts(batch))


def test_a_team_of_the_storys_own_country_that_arrives_is_no_delegation() -> None:
    batch = run("MAE SOT — A Thai rescue team arrived at the compound in Mae Sot on Monday after police raided it.")
    assert names(batch, Label.DELEGATION) == set()


def test_a_former_minister_does_not_work_for_the_ministry() -> None:
    batch = run("The Foreign Ministry said talks were under way. Former Foreign Minister Anura Silva sought help.")
    assert not any(rel == "WORKS_FOR" and p == "Anura Silva" for rel, p, *_ in facts(batch))


def test_a_police_spokesman_works_for_the_one_police_body_named() -> None:
    batch = run("JAKARTA — The Indonesian National Police named 12 suspects on Monday, police spokesman "
                "Brig. Gen. Budi Hartono said.")
    assert ("WORKS_FOR", "Budi Hartono", "Indonesian National Police", None) in facts(batch)


def test_a_police_spokesman_with_two_police_bodies_named_works_for_neither() -> None:
    batch = run("The Royal Thai Police and the Philippine National Police arrested 12 suspects on Monday, "
                "police spokesman Budi Hartono said.")
    assert not any(rel == "WORKS_FOR" and p == "Budi Hartono" for rel, p, *_ in facts(batch))


def test_a_person_who_is_the_bodys_officer_works_for_the_body_named_earlier() -> None:
    batch = run("Police arrested 23 people on Thursday, the Central Investigation Bureau said. Somchai Rakdee, "
                "the bureau's deputy commander, said they had trained in Myawaddy.")
    assert ("WORKS_FOR", "Somchai Rakdee", "Central Investigation Bureau", None) in facts(batch)


def test_a_demonym_before_a_state_office_names_the_state_not_the_holder() -> None:
    batch = run("Laotian Deputy Prime Minister Bounmy Sengdara met Malaysian Interior Minister Ahmad Rosli on Friday.")
    assert not any(rel == "HAS_NATIONALITY" for rel, *_ in facts(batch))
    assert names(batch, Label.NATIONALITY) == set()


def test_a_demonym_before_a_private_role_still_gives_the_nationality() -> None:
    batch = run("Police arrested Chinese businessman Zhou Yifan at the border on Monday.")
    assert ("HAS_NATIONALITY", "Zhou Yifan", "CN", None) in facts(batch)


def test_the_name_after_an_ambassadors_posting_is_a_person() -> None:
    batch = run("On Monday, Malaysian Ambassador to Laos Rahim Osman met the families of the victims.")
    assert "Rahim Osman" in names(batch, Label.PERSON)
    assert "Laos" in names(batch, Label.LOCATION)


def test_a_name_after_a_title_with_a_portfolio_is_a_person_even_after_said() -> None:
    batch = run("The numbers are alarming, said UN Special Rapporteur on Trafficking Maria Grazia.")
    assert "Maria Grazia" in names(batch, Label.PERSON)


def test_a_body_before_a_role_with_a_portfolio_is_not_simply_the_employer() -> None:
    batch = run("Victims need protection, said U.N. High Commissioner for Refugees Anna Keller.")
    assert "Anna Keller" in names(batch, Label.PERSON)
    assert not [f for f in facts(batch) if f[0] == "WORKS_FOR"]


def test_a_bodys_acronym_in_brackets_between_it_and_a_title_keeps_the_employer() -> None:
    batch = run("Anti-Scam Commission (ASC) spokesperson Lina Marlow said 12 people were arrested on Monday. "
                "Border Police Bureau (BPB) chief Tan Hock said more would follow.")
    found = {(rel, who, what) for rel, who, what, _ in facts(batch) if rel == "WORKS_FOR"}
    assert {("WORKS_FOR", "Lina Marlow", "Anti-Scam Commission"), ("WORKS_FOR", "Tan Hock", "Border Police Bureau")} <= found


def test_an_outlet_in_a_datelines_brackets_is_no_organization_but_one_that_reported_is() -> None:
    batch = run("HANOI (Saigon Herald) — Police held 12 men on Monday, VNS reported. "
                "They were freed later, according to a VNS report.")
    orgs = names(batch, Label.ORGANIZATION)
    assert "Saigon Herald" not in orgs
    assert "VNS" in orgs


def test_a_name_with_its_acronym_then_an_ngo_apposition_is_an_ngo_its_director_works_for() -> None:
    batch = run("Ms Anna Perez, the director of Safe Passage Partners (SPP), a Bangkok-based NGO helping "
                "trafficking survivors, said the group needs flights.")
    assert "Safe Passage Partners" in names(batch, Label.ORGANIZATION)
    found = facts(batch)
    assert ("WORKS_FOR", "Anna Perez", "Safe Passage Partners", None) in found
    assert not [f for f in found if f[0] == "ENGAGED_IN"]  # an NGO that helps survivors runs no scam


def test_an_airline_named_with_a_demonym_before_plane_is_an_organization() -> None:
    batch = run("The Vietnamese Airways plane carrying the 60 workers landed in Hanoi on Friday.")
    assert "Vietnamese Airways" in names(batch, Label.ORGANIZATION)
    assert "Vietnam" not in names(batch, Label.NATIONALITY)


def test_burmese_honorifics_are_not_part_of_the_name() -> None:
    batch = run("Officials, including Deputy Director U Min Zaw Oo, attended the handover on Monday.")
    assert names(batch, Label.PERSON) == {"Min Zaw Oo"}


def test_an_apposition_between_dashes_names_the_employer() -> None:
    batch = run("Chan Dara—head of enforcement at the General Department of Immigration—informed reporters "
                "on Monday that 40 Chinese were deported.")
    assert ("WORKS_FOR", "Chan Dara", "General Department of Immigration", None) in facts(batch)
    assert not any(rel == "LEADS" for rel, *_ in facts(batch))


def test_an_office_told_with_as_after_the_name_names_the_employer() -> None:
    batch = run("Pol Gen Somchai Rakdee, as deputy director of the Police Cyber Taskforce, spoke in Chiang Mai on Monday.")
    assert ("WORKS_FOR", "Somchai Rakdee", "Police Cyber Taskforce", None) in facts(batch)


def test_an_office_a_suspect_claimed_to_hold_is_not_the_employer() -> None:
    batch = run("One of them was Chan Dara, a suspect who claimed to be the commander of the Royal Thai Police, "
                "police said on Monday.")
    assert not any(rel in {"WORKS_FOR", "LEADS"} for rel, *_ in facts(batch))


def test_an_administrator_title_is_not_part_of_the_name() -> None:
    batch = run("District Administrator U Min Zaw Oo met the officials on Monday.")
    assert names(batch, Label.PERSON) == {"Min Zaw Oo"}


def test_an_ambassador_to_a_country_works_for_the_embassy_of_the_state_he_serves() -> None:
    batch = run("The Indonesian Embassy in Phnom Penh repatriated 40 citizens on Monday. "
                "Indonesian Ambassador to Cambodia Budi Santoso met Cambodian officials on Tuesday.")
    found = facts(batch)
    assert ("WORKS_FOR", "Budi Santoso", "Indonesian Embassy", None) in found
    assert not any(rel == "HAS_NATIONALITY" and who == "Budi Santoso" for rel, who, *_ in found)


def test_untitled_names_listed_after_a_person_are_people() -> None:
    batch = run("The rescued workers were identified as Rahim Uddin Babu, Kamal Hossain, Shah Alam, "
                "Nurul Amin Sohel, and Faruk Mia.")
    assert {"Rahim Uddin Babu", "Kamal Hossain", "Nurul Amin Sohel", "Faruk Mia"} <= names(batch, Label.PERSON)


def test_places_listed_after_a_person_stay_places() -> None:
    batch = run("Police arrested Chen Long in Phnom Penh, Sihanoukville and Bavet on Monday.")
    assert names(batch, Label.PERSON) == {"Chen Long"}


def test_a_list_of_names_a_people_noun_or_a_naming_verb_introduces_is_people() -> None:
    batch = run("The two suspects, Kamal Uddin Babu and Rahim Mia, were arrested on Monday. "
                "Police identified the victims as Nurul Amin, Jahid Hasan and Sohel Rana.")
    assert names(batch, Label.PERSON) == {"Kamal Uddin Babu", "Rahim Mia", "Nurul Amin", "Jahid Hasan", "Sohel Rana"}


def test_a_list_of_names_after_another_verb_is_not_made_people() -> None:
    batch = run("The suspects ran Golden Lotus, Silver Dragon and Jade Garden from Poipet.")
    assert names(batch, Label.PERSON) == set()


def test_a_name_with_an_age_in_apposition_is_a_person_of_that_nationality() -> None:
    batch = run("Kofi Asante Mensah, a 28-year-old Ghanaian who escaped last year, confirmed the rescue.")
    assert names(batch, Label.PERSON) == {"Kofi Asante Mensah"}
    assert ("HAS_NATIONALITY", "Kofi Asante Mensah", "GH", None) in facts(batch)


def test_a_name_that_repeats_a_part_of_an_earlier_name_is_another_person() -> None:
    batch = run("OFAC sanctioned militia leader Saw Lin Thu and his sons, Saw Moo Eh and Saw Lin Lin, on Monday. "
                "Saw Lin Thu denied it.")
    assert names(batch, Label.PERSON) == {"Saw Lin Thu", "Saw Moo Eh", "Saw Lin Lin"}


def test_the_state_holding_a_person_is_not_the_persons_nationality() -> None:
    """"She Zhijiang, now in Thai custody": Thailand holds him; he is no Thai."""
    found = facts(run("Zhao Minghui, a Chinese gang boss now in Lao custody, was named on Monday."))
    assert ("HAS_NATIONALITY", "Zhao Minghui", "CN", None) in found
    assert ("HAS_NATIONALITY", "Zhao Minghui", "LA", None) not in found
    assert not any(rel == "HAS_NATIONALITY" for rel, *_ in facts(run("Police named Wen Lai, now in Thai custody, as the boss.")))


def test_a_rank_holding_an_act_word_is_no_act() -> None:
    """"Warrant Officer Thandiwe Mokoena said the three suspects were arrested": a rank, no warrant;
    "Major-General X" is a rank before a name as "Major General X" is."""
    batch = run("Police spokesperson Warrant Officer Thandiwe Mokoena said the three suspects aged between 30 and 42"
                " were arrested in Durban on Monday.")
    assert {n.properties.get("type") for n in batch.nodes.values() if n.label is Label.EVENT} == {"arrest"}
    assert "Aung Kyaw Lin" in names(run("Spokesperson Major-General Aung Kyaw Lin said on Monday that 40 Thais were"
                                        " deported."), Label.PERSON)


def test_a_name_opening_a_sentence_with_a_described_person_after_it_is_a_person() -> None:
    """"Peter Simiyu, a suspected trafficker, was arrested": the apposition says a person is named."""
    found = facts(run("Peter Simiyu, a suspected trafficker, was arrested in Mombasa on Monday."))
    assert ("ARRESTED", "arrest@2026-10-12", "Peter Simiyu", None) in found


def test_the_next_items_title_is_no_apposition_of_the_name_before() -> None:
    """"Cambodian businessman Sok Vanna, Australian businessman Daniel Whitcombe and ...": the
    second title is Whitcombe's; Sok Vanna is no Australian."""
    found = facts(run("The case involves Cambodian businessman Sok Vanna, Australian businessman Daniel Whitcombe and"
                      " several associates."))
    assert ("HAS_NATIONALITY", "Sok Vanna", "AU", None) not in found
    assert {("HAS_NATIONALITY", "Sok Vanna", "KH", None), ("HAS_NATIONALITY", "Daniel Whitcombe", "AU", None)} <= found

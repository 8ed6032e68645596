"""Kinds found by the session-45 audits of real stories (Interpol-led operations, European
outlets, Myanmar state media, the early-2025 Myawaddy releases, scam work moving to new countries,
crypto-fraud reporting), each shown here on made-up words."""

from scamgraph.model import GraphBatch, Label
from tests.unit.test_news_extraction import events, facts, run


def _people(batch: GraphBatch) -> set[str]:
    return {node.name for node in batch.nodes.values() if node.label is Label.PERSON}


def test_a_version_number_after_a_name_counts_nobody() -> None:
    told = events(run("Operation Velkar 2.0 has uncovered fraud rings across 14 countries, leading to the arrest "
                      "of 830 cybercriminals."))
    assert [e.get("count_arrested") for e in told.values()] == [830]
    assert events(run("Police rescued 2.5 million victims."))["rescue@"]["count_rescued"] == 2_500_000


def test_a_span_of_days_or_months_in_brackets_or_with_to_is_one_period() -> None:
    told = events(run("Operation Tarn (9 September to 14 October) led to the rescue of 1,140 victims."))
    assert "rescue@2026-09-09/2026-10-14" in told
    told = events(run("Operation Grell (January 2025 – March 2025) led to 212 arrests."))
    assert told["raid@2025-01-01/2025-03-31"]["count_arrested"] == 212
    told = events(run("Operation Tarn ran 9 September to 14 October and led to the rescue of 1,140 victims."))
    assert "rescue@2026-09-09/2026-10-14" in told


def test_papers_from_several_countries_are_no_count_of_nationalities() -> None:
    told = events(run("In Dastria, officers seized 210 forged passports from nine countries."))
    assert "count_nationalities" not in told["seizure@"]
    told = events(run("Police arrested 90 people from nine countries."))
    assert told["arrest@"]["count_nationalities"] == 9


def test_a_part_of_the_world_is_nobodys_name() -> None:
    batch = run("The ring was run by West African gangs, police in Dastria said.")
    assert "West African" not in _people(batch)


def test_the_victims_told_after_an_arrest_are_none_of_those_arrested() -> None:
    batch = run("Police arrested 90 people on Monday. The victims included 40 Velmish nationals.")
    assert not any(f[0] == "ARRESTED" and f[3] == 40 for f in facts(batch))
    batch = run("Police raided the Tarn compound on Monday, freeing 120 people and arresting 12. The victims "
                "included 40 Malaysians.")
    assert ("RESCUED", "raid@2026-10-12", "MY", 40) in facts(batch)
    assert ("ARRESTED", "arrest@2026-10-12", "CN", 22) in facts(
        run("Police arrested 29 people on Monday. The suspects included 22 Chinese."))


def test_a_country_people_are_sent_to_for_repatriation_is_no_home_of_theirs() -> None:
    told = facts(run("The Velm militia sent 140 victims of scam gangs to Thailand for repatriation on Monday."))
    assert not any(f[2] == "TH" for f in told)
    assert ("REPATRIATED", "repatriation@2026-10-12", "TH", 140) in facts(
        run("The Velm militia repatriated 140 victims to Thailand on Monday."))


def test_a_body_that_started_an_act_carried_it_out() -> None:
    told = facts(run("The Border Guard Force has started the repatriation of 200 Chinese nationals on Thursday."))
    assert ("CONDUCTED", "Border Guard Force", "repatriation@2026-10-15", None) in told
    told = facts(run("Dastrian police started receiving complaints after 20 Thais were rescued on Thursday."))
    assert not any(f[0] == "CONDUCTED" for f in told)


def test_an_exact_part_below_a_least_number_leaves_the_least_number() -> None:
    told = events(run("More than 1,000 foreigners were rescued from the Velm compound. The largest group is from "
                      "China, with 820 individuals, followed by Vietnam (170) and Ethiopia (100)."))
    assert told["rescue@"]["count_rescued"] == 1000
    assert events(run("Nearly 150 people were arrested on Monday. Police said 147 were arrested."))[
        "arrest@2026-10-12"]["count_arrested"] == 147


def test_an_act_of_a_relative_clause_stays_when_the_sentence_only_awaits_another() -> None:
    told = events(run("More than 1,000 foreigners who have been rescued from the Velm compound are awaiting "
                      "repatriation."))
    assert told == {"rescue@": {"type": "rescue", "count_rescued": 1000}}


def test_an_act_of_a_relative_clause_told_as_earlier_is_no_event() -> None:
    told = events(run("Four Velmish nationals, who had previously been deported for fraud, entered Dastria again. "
                      "They were charged on 2 July 2025."))
    assert "deportation@" not in told
    told = events(run("The embassy checked the papers of the 64 Velmish workers who had been briefly detained "
                      "at Tarn Province."))
    assert told["detention@"]["count_detained"] == 64


def test_people_found_and_then_held_are_counted_by_the_holding() -> None:
    told = events(run("A total of 5,210 foreigners were discovered and detained on Monday."))
    assert told["detention@2026-10-12"]["count_detained"] == 5210
    assert "count_found" not in told["detention@2026-10-12"]


def test_an_embassy_counsellor_named_without_an_honorific_is_a_person() -> None:
    batch = run("Attendees included Tarek Velm Odan, Counsellor of the Tanzanian Embassy in Thailand.")
    assert "Tarek Velm Odan" in _people(batch)


def test_a_number_of_people_after_a_place_is_no_age_of_a_person() -> None:
    assert "Marlow Dene" not in _people(run("In Marlow Dene, 41 suspects were detained on Monday."))
    assert "Tomar Velik" in _people(run("Tomar Velik, 41, was detained on Monday."))


def test_ties_to_a_place_are_not_where_the_act_happened() -> None:
    told = facts(run("Police in Velmora arrested 12 suspects on Monday, exposing links in Dubai and Nepal."))
    assert not any(f[0] == "OCCURRED_AT" and f[2] in {"Dubai", "Nepal"} for f in told)
    told = facts(run("The militia arrested six scam bosses in Bangkok on Monday."))
    assert ("OCCURRED_AT", "arrest@2026-10-12", "Bangkok", None) in told


def test_an_outlet_before_its_reporter_is_nobody() -> None:
    assert "Lanka Wire" not in _people(run("Three Thais were arrested on Monday, said Lanka Wire reporter."))


def test_a_delegation_told_again_where_none_was_told_is_none() -> None:
    batch = run("Officials deported 40 Lao nationals on March 20. The delegation was escorted by police officers.")
    assert not any(node.label is Label.DELEGATION for node in batch.nodes.values())


def test_a_saints_name_hides_no_town_and_a_province_names_its_country() -> None:
    batch = run("Police arrested a man at a bank in St. Mary's, a suburb of Brisbane, on Monday.")
    assert not any(node.name == "Mary" for node in batch.nodes.values())
    batch = run("The British Columbia Securities Commission warned eight residents on Monday.")
    agency = next(n for n in batch.nodes.values() if n.label is Label.AGENCY)
    assert agency.properties["country"] == "CA"


def test_a_unit_named_with_of_is_nobody() -> None:
    batch = run("The U.S. Attorney's Office in the District of Columbia is moving to seize the funds.")
    assert "District of Columbia" not in _people(batch)


def test_a_guilty_plea_is_a_conviction_and_both_men_are_two() -> None:
    told = facts(run("Four Chinese men pleaded guilty on March 5 to laundering money for scam centres."))
    assert ("CHARGED", "charge@2026-03-05", "CN", 4) in told
    assert events(run("Four men pleaded guilty on March 5 to laundering money."))[
        "charge@2026-03-05"]["count_charged"] == 4
    assert not events(run("The sentences were reduced after some pleaded guilty to lesser charges."))
    assert events(run("Police found two men in Tarn. On Feb. 14 both men were charged with fraud."))[
        "charge@2026-02-14"]["count_charged"] == 2


def test_a_stay_at_a_hotel_is_no_scam_site() -> None:
    batch = run("On March 2, Tomar Velik, 22, was seen walking out of a hotel in Ranong.")
    assert not any(node.label is Label.SITE for node in batch.nodes.values())
    batch = run("Police raided a hotel in Ranong on March 2.")
    assert any(node.label is Label.SITE for node in batch.nodes.values())


def test_people_identified_beside_others_held_are_not_held() -> None:
    told = events(run("Several people have been detained abroad and more than a dozen others identified in the scheme."))
    assert all("count_detained" not in e for e in told.values())


def test_one_countrys_part_of_an_operation_across_countries_is_its_own_act() -> None:
    batch = run("Police in five countries arrested 410 suspects in a joint operation. Ghanaian police arrested 120 "
                "people, including 95 foreign nationals. In Senegal, eight people, including five Chinese nationals, "
                "were apprehended.")
    counts = sorted(n.properties.get("count_arrested") for n in batch.nodes.values() if n.label is Label.EVENT)
    assert counts == [8, 120, 410]
    assert ("ARRESTED", "arrest@", "CN", 5) in facts(batch)


def test_a_number_and_a_participle_before_people_name_them_by_an_undated_past() -> None:
    told = events(run("On Thursday, 45 rescued Laotians crossed the border into Thailand."))
    assert "rescue@" in told and "rescue@2026-10-15" not in told
    assert "rescue@2026-10-15" in events(run("Police on Thursday rescued 45 Laotians."))


def test_a_group_handed_over_after_a_deportation_is_that_deportation() -> None:
    told = events(run("Dastria deported 117 Thai nationals on March 2. The group, made up of 60 men and 57 women, was "
                      "handed over at the Velm border gate after being held in February raids on scam centres."))
    assert [k for k in told if k.startswith(("repatriation", "deportation"))] == ["deportation@2026-03-02"]


def test_people_shut_in_rooms_are_captives_not_detainees() -> None:
    assert "detention@" not in events(run("The workers said they were detained in tiny rooms for weeks."))


def test_meanwhile_opens_another_happening_but_not_for_people_named_by_it() -> None:
    told = events(run("Dastria deported 117 Thai nationals on March 2. Meanwhile, Indonesia said on March 2 that 71 of "
                      "its citizens were repatriated through Thailand."))
    assert told["deportation@2026-03-02"]["count_deported"] == 117
    assert told["repatriation@"]["count_repatriated"] == 71
    told = events(run("Police raided the Velm site and freed 73 victims. Meanwhile, the 73 freed workers were flown "
                      "home to Nigeria, officials said."))
    assert "rescue@" not in told


def test_people_still_waiting_or_remaining_are_counted_by_no_act() -> None:
    told = events(run("Dastria has repatriated 41 citizens from Velm compounds, with nearly 90 more awaiting evacuation."))
    assert told["repatriation@"]["count_repatriated"] == 41
    told = events(run("At present, 120 nationals remain in the region: 35 are being held in detention centres in Tarn."))
    assert all(e.get("count_detained") != 155 and e.get("count_detained") != 120 for e in told.values())


def test_a_day_since_which_a_when_clause_tells_the_act_is_that_day() -> None:
    told = events(run("Crossings have stayed shut since May 3, when 140 foreigners were deported to Thailand by a "
                      "Velm militia."))
    assert any(key.endswith("@2026-05-03") for key in told)


def test_rescued_people_from_a_country_are_not_its_nationals() -> None:
    told = facts(run("Officials said rescued victims from Myanmar arrive at the camp each week."))
    assert not any(f[2] == "MM" for f in told)


def test_a_breakdown_reported_after_said_parts_the_people_counted_before() -> None:
    told = facts(run("Police in Tarn detained 312 foreigners in a two-day operation. Local police said of those detained "
                     "140 were illegal immigrants and included 88 Chinese, 40 Vietnamese and seven Thais."))
    assert {("DETAINED", "raid@", "CN", 88), ("DETAINED", "raid@", "VN", 40), ("DETAINED", "raid@", "TH", 7)} <= told


def test_bodies_that_rounded_up_or_collaborated_carried_the_act_out() -> None:
    told = facts(run("Tarn provincial authorities rounded up nearly 400 foreigners in two raids last week."))
    assert any(f[0] == "CONDUCTED" and f[1] == "Tarn provincial authorities" for f in told)
    told = facts(run("Lao and Thai authorities collaborated to free 60 Lao workers this year."))
    assert {f[1] for f in told if f[0] == "CONDUCTED"} >= {"Thai authorities", "Lao authorities"}


def test_an_organizations_initials_name_it_again() -> None:
    told = facts(run("The United Velm State Army raided a compound in Tarn on March 2. The UVSA deported 180 Chinese "
                     "nationals back to China on March 5."))
    assert ("CONDUCTED", "United Velm State Army", "deportation@2026-03-05", None) in told


def test_a_relative_named_in_an_aside_is_not_the_one_acted_on() -> None:
    for aside in ("—the nephew of militia leader Zhao Dongkai—", ", the nephew of militia leader Zhao Dongkai,"):
        told = facts(run(f"Zhao Wenrui{aside} was detained by police on May 3."))
        assert ("DETAINED", "detention@2026-05-03", "Zhao Wenrui", None) in told
        assert not any(f[2] == "Zhao Dongkai" for f in told)


def test_a_month_told_around_is_that_month() -> None:
    told = events(run("Police in Tarn detained eight Malaysian men at the Velm hotel around June. A similar case arose "
                      "in March, when police detained 40 Malaysian nationals at the Dorn resort."))
    assert told["detention@2026-06"]["count_detained"] == 8
    assert told["detention@2026-03"]["count_detained"] == 40


def test_one_person_and_the_others_are_one_more_than_the_others() -> None:
    told = events(run("A mother said her son and the 9 others were released by their captors at the Velm casino on June 3."))
    assert told["rescue@2026-06-03"]["count_rescued"] == 10


def test_people_among_a_group_told_before_are_a_part_of_it() -> None:
    told = events(run("Soldiers had detained nearly 300 people, and 90 Thai nationals among them will be sent to "
                      "Thailand."))
    assert told["detention@"]["count_detained"] == 300
    told = events(run("The 30 Thais, 12 men and 18 women, were among 140 Thais rescued from the Velm compound."))
    assert told["rescue@"]["count_rescued"] == 140


def test_a_part_out_of_these_people_is_counted_not_the_whole() -> None:
    told = events(run("Police said at least nine out of these 64 people have had arrest warrants in 12 cases."))
    assert told["warrant@"]["count_warrants"] == 9


def test_an_arrest_a_reward_is_offered_for_has_not_happened() -> None:
    told = events(run("On Sunday, Velm city police issued warrants for three brothers, offering bounties for tips "
                      "leading to the arrest of all three."))
    assert list(told) == ["warrant@2026-10-11"]


def test_rescued_people_taken_for_questioning_are_not_detained() -> None:
    told = events(run("Soldiers rescued 14 Thai teenagers from a house in Tarn on Sunday. The 14 rescued teenagers "
                      "were taken to the Tarn police station for questioning."))
    assert "detention@" not in told and told["rescue@2026-10-11"]["count_rescued"] == 14


def test_acts_a_body_expects_have_not_happened() -> None:
    told = events(run("The bureau arrested 18 Chinese nationals in Tarn on March 12. The agency expects further arrests "
                      "and deportations next week."))
    assert list(told) == ["arrest@2026-03-12"]


def test_bodies_found_are_the_dead() -> None:
    told = facts(run("Three Laotian bodies were found in a pagoda in Velmora on June 2."))
    assert ("AFFECTED", "death@2026-06-02", "LA", 3) in told
    told = facts(run("Bodies of Chinese nationals were found floating in the Tarn River."))
    assert ("AFFECTED", "death@", "CN", None) in told and not any(f[0] == "FOUND" for f in told)


def test_arrests_of_a_people_count_that_people() -> None:
    assert ("ARRESTED", "arrest@2026-10-12", "CN", 40) in facts(run("Police made 40 arrests of Chinese nationals on Monday."))


def test_a_warrant_in_an_aside_leaves_the_count_to_the_act_after_it() -> None:
    told = facts(run("Twelve Indonesians, one of whom faces an arrest warrant in Velmora, were arrested in Tarn, "
                     "the bureau said on Thursday."))
    assert any(f[0] == "ARRESTED" and f[2] == "ID" and f[3] == 12 for f in told)
    assert events(run("Five of them had arrest warrants, police said."))["warrant@"]["count_warrants"] == 5


def test_a_border_named_by_two_states_is_no_nationality() -> None:
    told = facts(run("Maria Velik, Tomas Dren and Zhao Wenrui, writing from Tak, on the Thai-Myanmar border."))
    assert not any(f[0] == "HAS_NATIONALITY" for f in told)
    told = facts(run("Thailand extradited Zhao Wenrui, a Chinese-Cambodian national, on Monday."))
    assert ("HAS_NATIONALITY", "Zhao Wenrui", "CN", None) in told


def test_charges_that_involve_people_count_them_charged() -> None:
    told = events(run("The latest charges, filed in Velm province, involve 52 people."))
    assert told["charge@"]["count_charged"] == 52


def test_a_brotherhood_alliance_is_an_armed_group_that_acts() -> None:
    told = facts(run("The Northern Brotherhood Alliance handed over five Chinese scam bosses to Chinese police on Friday."))
    assert ("CONDUCTED", "Northern Brotherhood Alliance", "repatriation@2026-10-09", None) in told

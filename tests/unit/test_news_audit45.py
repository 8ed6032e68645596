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

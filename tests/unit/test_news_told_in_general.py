"""Statements that tell no happening, found on real articles nobody here had tuned for: general
background about the scam industry, alternatives, hearsay, possibility, captors holding papers,
bodies named after their work, name parts that look like places, and office titles. Each test
states the kind in made-up words; the fact they guard against must never appear."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_alternatives_joined_by_or_are_told_in_general() -> None:
    assert _kinds("Across the region, syndicates keep recruiting, abducting or coercing young job seekers.") == set()
    assert "kidnapping" not in _kinds("Gangs are luring, kidnapping or threatening migrants into scam work.")


def test_a_single_act_joined_by_and_still_makes_its_event() -> None:
    assert "kidnapping" in _kinds("Two teachers were kidnapped in Bavet on Monday and taken to a compound.")


def test_what_someone_alleges_happened_is_hearsay() -> None:
    assert "escape" not in _kinds("A tip came from a woman who claimed to have escaped the compound in Tarlac.")
    assert "kidnapping" not in _kinds("Three cooks are said to have been kidnapped near the border.")


def test_an_escape_told_by_the_story_stays_an_event() -> None:
    assert "escape" in _kinds("Thirty workers escaped from the compound in Myawaddy on Sunday.")


def test_a_modal_of_possibility_makes_no_event() -> None:
    assert _kinds("Officials warned that the workers could be deported.") == set()
    assert _kinds("The recruiters might be extradited to Seoul.") == set()


def test_a_reported_plan_makes_no_event_as_the_guidelines_say() -> None:
    assert "deportation" not in _kinds("A ministry spokesman said the foreigners would be deported next week.")


def test_the_month_may_is_no_modal() -> None:
    assert "raid" in _kinds("The May raid on the casino freed 40 workers.")


def test_captors_holding_the_workers_papers_is_no_seizure() -> None:
    assert "seizure" not in _kinds("Their passports were confiscated on arrival and they worked 16 hours a day.")
    assert "seizure" not in _kinds("The gang seized their passports and sold them to another company.")


def test_police_seizing_goods_is_a_seizure() -> None:
    assert "seizure" in _kinds("Police seized 120 laptops and 300 phones at the compound on Friday.")


def test_facing_an_inquiry_is_a_prospect_but_facing_charges_is_laid() -> None:
    assert "investigation" not in _kinds("Most of the returnees are expected to face criminal investigations.")
    assert "charge" in _kinds("The three managers face fraud charges.")


def test_a_body_named_after_its_work_is_no_event() -> None:
    found = _kinds("The joint investigation team raided four compounds in Poipet on Tuesday.")
    assert "investigation" not in found and "raid" in found


def test_a_place_name_inside_an_unknown_name_is_part_of_that_name() -> None:
    batch = run("The figures were released by Pyong Wa Dae on Monday.")
    assert "Wa" not in names(batch, Label.LOCATION)


def test_a_place_at_the_edge_of_a_run_stays_a_place() -> None:
    batch = run("Police arrested 12 men in Bavet on Monday.")
    assert "Bavet" in names(batch, Label.LOCATION)


def test_a_cabinet_secretary_is_a_title_not_part_of_the_name() -> None:
    batch = run("Home Secretary Jane Doherty announced new sanctions on the network.")
    assert "Jane Doherty" in names(batch, Label.PERSON)
    assert not any(name.startswith("Home Secretary") for name in names(batch, Label.PERSON))


def test_a_country_before_a_cabinet_title_keeps_the_person() -> None:
    batch = run("UK Foreign Secretary Jane Doherty announced the sanctions on Tuesday.")
    assert "Jane Doherty" in names(batch, Label.PERSON)
    assert any(edge[0] == "ANNOUNCED" and edge[1] == "Jane Doherty" for edge in facts(batch))


def test_a_telling_tagged_on_after_the_clause_does_not_date_the_event() -> None:
    found = events(run("Officers detained 35 men in a raid on a casino in Bavet, a police spokesman said on Sunday."))
    assert [key for key in found if key.startswith("raid")] == ["raid@"]


def test_a_telling_that_opens_the_report_dates_what_it_reports() -> None:
    found = events(run("The army said on Monday it had raided a compound near the river."))
    assert [key for key in found if key.startswith("raid")] == ["raid@2026-10-12"]


def test_a_month_and_year_before_the_event_noun_dates_it() -> None:
    found = events(run("The ministry recalled the March 2024 arrest of 31 Thai nationals in Bokeo."))
    assert "arrest@2024-03" in found


def test_people_held_captive_or_hostage_were_not_detained_by_the_state() -> None:
    assert "detention" not in _kinds("Nine Nepali men, held captive for months in a compound, were freed on Friday.")
    assert "detention" not in _kinds("The recruits were held hostage until their families paid.")
    assert "detention" not in _kinds("Forty women held against their will in Bavet called for help.")


def test_police_holding_suspects_is_a_detention() -> None:
    assert "detention" in _kinds("Police detained 40 men in Bavet on Monday.")


def test_provinces_in_a_list_of_origins_are_places_not_people() -> None:
    batch = run("The returnees came from South Sumatra, West Nusa Tenggara and Central Java.")
    assert {"South Sumatra", "West Nusa Tenggara", "Central Java"} <= names(batch, Label.LOCATION)
    assert names(batch, Label.PERSON) == set()


def test_a_person_name_never_opens_with_a_small_word() -> None:
    batch = run("\"We acted fast,\" said Director of Outreach for Thai Workers and KLM Ministry of Labour Affairs "
                "Dian Putri as quoted by a news agency.")
    assert not any(name[:1].islower() for name in names(batch, Label.PERSON))


def test_an_act_the_police_could_not_carry_out_did_not_happen() -> None:
    assert _kinds("Officers were unable to detain 14 Lao suspects who crossed the river.") == set()
    assert _kinds("Police failed to arrest the six Korean recruiters.") == set()
    batch = run("Police were unable to detain 15 Chinese suspects. They arrested four Chinese nationals on Monday.")
    assert ("ARRESTED", "arrest@2026-10-12", "CN", 4) in facts(batch)


def test_a_count_inside_a_phrase_after_a_list_is_not_one_of_its_items() -> None:
    batch = run("Police announced the arrest of nine suspects, four Chinese nationals and five Thais, following "
                "cash withdrawals by 15 Chinese tourists in March.")
    arrested = {(f[2], f[3]) for f in facts(batch) if f[0] == "ARRESTED"}
    assert ("CN", 4) in arrested and ("CN", 19) not in arrested


def test_people_set_to_be_sent_home_are_a_prospect_like_scheduled() -> None:
    assert _kinds("Forty Thai workers are set to be repatriated through Poipet.") == set()


def test_pending_a_handover_is_no_warrant() -> None:
    assert "warrant" not in _kinds("The 30 Nepalis will stay in the camp pending their handover to Thai officials.")


def test_a_relative_clause_after_the_subject_leaves_the_sentence_verb_its_own() -> None:
    batch = run("Forty Kenyans who were trapped in compounds in Myawaddy returned home on Saturday.")
    assert ("REPATRIATED", "repatriation@2026-10-10", "KE", 40) in facts(batch)
    batch = run("A total of 13 Indonesian citizens (WNI) who were suspected of being victims of trafficking in "
                "Myanmar, were rescued through Thailand.")
    assert ("RESCUED", "rescue@", "ID", 13) in facts(batch)


def test_the_clause_own_verbs_stay_in_the_clause() -> None:
    batch = run("Soldiers helped 39 people who had fled the compound and were found near the river.")
    assert not any(f[0] == "FOUND" for f in facts(batch))


def test_people_described_by_a_participle_keep_their_past_undated() -> None:
    found = events(run("On Monday, the governor met with workers rescued from a compound in Bavet."))
    assert "rescue@" in found
    found = events(run("Fifty Thais detained in Poipet over scam work returned home on Sunday."))
    assert "detention@" in found and "repatriation@2026-10-11" in found


def test_a_date_inside_the_participle_phrase_still_dates_it() -> None:
    found = events(run("Forty Thais detained in Poipet since August had been returned home on Friday."))
    assert any(key.startswith("detention@2026-08") for key in found)


def test_people_who_arrived_home_after_a_relative_clause_were_brought_home() -> None:
    batch = run("Sixty Nepalis who were held in compounds in Myawaddy arrived home on Saturday.")
    assert ("REPATRIATED", "repatriation@2026-10-10", "NP", 60) in facts(batch)


def test_the_people_sent_home_on_their_journey_date_the_sending() -> None:
    found = events(run("Immigration has deported 62 Vietnamese workers. The deportees boarded a flight to Hanoi on Tuesday."))
    assert "deportation@2026-10-13" in found


def test_the_people_an_act_involved_are_its_people() -> None:
    batch = run("The deportations, carried out on Monday, involved 90 foreigners, including 40 from Laos and 50 from Vietnam.")
    assert {("DEPORTED", "LA", 40), ("DEPORTED", "VN", 50)} <= {(f[0], f[2], f[3]) for f in facts(batch)}


def test_a_rights_group_that_speaks_of_scams_does_not_run_them() -> None:
    batch = run("Director Mao Sophea of rights group Sokha Watch urged police to stop online scams.")
    assert not any(f[0] == "ENGAGED_IN" for f in facts(batch))


def test_the_media_capturing_a_scene_arrest_no_one() -> None:
    assert "arrest" not in _kinds("Local media captured the returnees boarding a charter flight in Mae Sot.")
    assert "arrest" in _kinds("Police captured 12 suspects in Bavet on Monday.")


def test_people_uncovered_in_a_raid_were_found() -> None:
    batch = run("Police raided a house in Bavet on Monday, uncovering 88 Thai nationals.")
    assert ("FOUND", "raid@2026-10-12", "TH", 88) in facts(batch)

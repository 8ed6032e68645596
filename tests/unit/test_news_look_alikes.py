"""Words that look like facts and are not: a flight's number is no airline, a person's initials
are no outlet, a web address credited as the source quoted is no scam's address, what a person
was doing is no part of who they are, an act that was only due did not happen, a police
commissariat is a body, not a general, and a breakdown told after an earlier rescue is that
rescue's, not the day's raid's. Each form was seen in real reporting; the sentences here are made
up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_a_flight_number_before_flight_is_no_airline() -> None:
    batch = run("Nine Peruvians landed in Lima via ZQ418 flight at noon, the foreign ministry said.")
    assert "ZQ418" not in names(batch, Label.ORGANIZATION)


def test_an_airline_before_flight_is_still_a_company() -> None:
    batch = run("Nine Peruvians landed in Lima on a Condor Air flight at noon, the foreign ministry said.")
    assert "Condor Air" in names(batch, Label.ORGANIZATION)


def test_initials_given_for_a_worker_are_not_an_outlet_cited_later() -> None:
    batch = run("A worker, identified by his initials as TQV, asked the embassy for help on Monday. "
                "According to TQV, the guards took every passport.")
    assert "TQV" not in names(batch, Label.ORGANIZATION)


def test_an_acronym_cited_with_no_initials_told_is_still_an_outlet() -> None:
    batch = run("The guards took every passport, according to XTV.")
    assert "XTV" in names(batch, Label.ORGANIZATION)


def test_a_web_address_credited_as_the_source_quoted_is_no_identifier() -> None:
    batch = run('"The recruits knew where they were going," Inspector Budi Santoso said, as quoted by '
                'warta-kita.com.')
    assert not names(batch, Label.IDENTIFIER)
    assert not any(f[0] == "USES" for f in facts(batch))


def test_a_web_address_credited_for_a_photo_is_no_identifier() -> None:
    batch = run("Six suspects held in Kampot. — Photo tinnhanh-bac.vn\nPolice in Nghe An broke up a fraud ring.\n"
                "Officers at the gate. Photo courtesy of baobien-tay.vn\n")
    assert not names(batch, Label.IDENTIFIER)


def test_a_web_address_a_gang_used_is_still_an_identifier() -> None:
    batch = run("Police said the gang lured victims through the site quickgold-rich.com, the ministry told reporters.")
    assert "domain:quickgold-rich.com" in names(batch, Label.IDENTIFIER)


def test_what_a_person_was_caught_doing_gives_them_no_nationality() -> None:
    batch = run("Border guards caught Somchai Dara, 31, of Pakse, Laos, driving a Bolivian national into "
                "Peru on a motorbike.")
    assert not any(f[0] == "HAS_NATIONALITY" for f in facts(batch))


def test_a_demonym_in_a_persons_own_apposition_is_still_their_nationality() -> None:
    batch = run("Police in Lima arrested Juan Quispe, a Bolivian national, on Monday.")
    assert ("HAS_NATIONALITY", "Juan Quispe", "BO", None) in facts(batch)


def test_an_escape_that_was_only_supposed_to_happen_is_no_escape() -> None:
    batch = run("One Peruvian is still held. He was supposed to have escaped on Friday but never reached "
                "the boat.")
    assert not any(key.startswith("escape") for key in events(batch))


def test_an_escape_that_happened_is_still_an_escape() -> None:
    batch = run("Two Peruvians escaped from the compound in Tumbes on Friday.")
    assert any(key.startswith("escape") for key in events(batch))


def test_a_general_commissariat_is_a_police_body_not_a_person() -> None:
    batch = run("Officers of the General Commissariat of National Police raided a building in Kampot on "
                "Monday, arresting 30 suspects.")
    assert not names(batch, Label.PERSON)
    assert "Cambodian National Police" in names(batch, Label.AGENCY)


def test_deceived_people_now_being_held_somewhere_are_captives_not_a_detention() -> None:
    batch = run("Police in Lima said they had received 80 reports of 95 Peruvians who were tricked by job "
                "offers and are now being held in Tumbes and Ica.")
    assert not any(key.startswith("detention") for key in events(batch))


def test_deceived_people_being_held_by_immigration_police_are_detained() -> None:
    batch = run("The 95 Peruvians who were tricked by job offers are now being held by immigration police "
                "in Tumbes, officials said on Monday.")
    assert any(key.startswith("detention") for key in events(batch))


def _person(batch, name: str) -> dict:
    return next(n.properties for n in batch.nodes.values() if n.label is Label.PERSON and n.name == name)


def test_a_justice_secretary_is_a_cabinet_official_not_an_aide() -> None:
    batch = run("Justice Secretary Pedro Quispe welcomed the deportation of 30 Bolivians on Monday.")
    assert _person(batch, "Pedro Quispe")["role_class"] == "official"


def test_a_secretary_with_no_portfolio_before_it_is_still_an_aide() -> None:
    batch = run("His secretary Pedro Quispe was arrested in Lima on Monday.")
    assert _person(batch, "Pedro Quispe").get("role_class") != "official"


def test_a_reporter_named_before_on_and_an_outlets_possessive_ends_before_on() -> None:
    batch = run("Twenty Bolivians were arrested in a raid in Tumbes, an officer said in a report by Juan "
                "Mamani on XTV's evening news.")
    assert "Juan Mamani" in names(batch, Label.PERSON)
    assert not any(" on " in name for name in names(batch, Label.PERSON))


def test_a_body_named_with_on_keeps_its_whole_name() -> None:
    batch = run("The Commission on Human Rights of Peru said 20 Bolivians were freed on Monday.")
    assert any(name.startswith("Commission on Human Rights") for name in names(batch, Label.AGENCY))


def test_people_rescued_after_an_arrest_for_trafficking_are_rescued_not_victims() -> None:
    found = facts(run("Police arrested 3 people for trafficking and rescued 14 Bolivian nationals in Tumbes "
                      "on Monday."))
    assert any(f[0] == "RESCUED" and f[2:] == ("BO", 14) for f in found)


def test_people_a_gang_was_accused_of_trafficking_are_still_its_victims() -> None:
    found = facts(run("Police in Lima charged three men on Monday with trafficking 14 Bolivian nationals."))
    assert not any(f[0] == "RESCUED" for f in found)
    assert any(f[0] == "AFFECTED" and f[2:] == ("BO", 14) for f in found)


def test_people_whose_papers_were_found_were_not_found_themselves() -> None:
    batch = run("Police in Lima are searching for four Bolivian nationals whose passports were found inside "
                "a safe opened on Monday.")
    assert not any(f[0] == "FOUND" for f in facts(batch))
    assert not events(batch)


def test_people_rescued_whose_papers_were_taken_are_still_rescued() -> None:
    found = facts(run("Police in Lima rescued four Bolivian nationals whose passports were taken by the gang."))
    assert any(f[0] == "RESCUED" and f[2:] == ("BO", 4) for f in found)


def test_a_part_of_the_arrested_named_past_a_place_after_its_participle() -> None:
    found = facts(run("At least 260 people were arrested in a raid in Lima on Monday. 210 of the suspects "
                      "arrested inside the tower were Bolivians."))
    assert any(f[0] == "ARRESTED" and f[2:] == ("BO", 210) for f in found)


def test_a_breakdown_after_an_earlier_rescue_counts_that_rescue_not_the_days_raid() -> None:
    batch = run("Police rescued 12 Bolivian nationals in a raid on a hub in Tumbes on Monday. Last month, "
                "soldiers rescued 240 people from a hub in Ica. Those rescued comprised 90 Peruvians, 60 "
                "Chileans and four Ecuadorians.")
    found = facts(batch)
    assert not any(f[1].startswith("raid") and f[2] == "PE" for f in found)
    assert any(f[0] == "RESCUED" and f[1].startswith("rescue") and f[2:] == ("PE", 90) for f in found)


def test_a_breakdown_right_after_the_raid_still_counts_the_raid() -> None:
    found = facts(run("Soldiers rescued 240 people in a raid on a hub in Ica on Monday. Those rescued comprised "
                      "90 Peruvians and 60 Chileans."))
    assert any(f[0] == "RESCUED" and f[1].startswith("raid") and f[2:] == ("PE", 90) for f in found)


def test_a_deportation_a_bureau_pledged_to_hasten_is_no_deportation_of_that_day() -> None:
    batch = run("The immigration bureau on Monday, Oct. 12, pledged to hasten the deportation of former "
                "call-centre workers.")
    assert not events(batch)


def test_a_deportation_told_as_done_keeps_its_day() -> None:
    batch = run("The immigration bureau on Monday, Oct. 12, completed the deportation of 45 Bolivian workers.")
    assert any(key.startswith("deportation@2026-10-12") for key in events(batch))


def test_the_day_a_tally_was_taken_dates_no_rescue() -> None:
    batch = run("Four Bolivians who were tricked into jobs abroad were rescued and flown home to La Paz. An "
                "officer who led the rescue mission said as of Friday police had received 40 reports.")
    assert "rescue@" in events(batch)  # (undated: Friday, 2026-10-09, is the tally's day)


def test_a_rescue_told_on_its_own_day_keeps_it() -> None:
    batch = run("Police in Lima rescued four Bolivians on Friday.")
    assert "rescue@2026-10-09" in events(batch)

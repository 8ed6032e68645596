"""Events in generic sentences: which words tell one, which do not, and when it happened."""

from datetime import date

from scamgraph.loaders.dates import latest_written_date
from tests.unit.test_news_extraction import counts_of, events, facts, run


def test_scam_operations_are_a_business_not_a_raid() -> None:
    batch = run("Five men managing the operation ran scam operations from the hotel, police said on Monday.")
    assert not [key for key in events(batch) if key.startswith("raid")]


def test_an_aside_after_a_count_does_not_hide_its_verb() -> None:
    batch = run("Around 1400 foreign citizens, mainly Chinese and Vietnamese, were detained by police on Monday.")
    assert events(batch)["detention@2026-10-12"]["count_detained"] == 1400
    # ("mainly Chinese and Vietnamese" are the nationalities of most of them, not of each: an edge to each, with no number)
    assert {f for f in facts(batch) if f[0] == "DETAINED"} \
        == {("DETAINED", "detention@2026-10-12", "CN", None), ("DETAINED", "detention@2026-10-12", "VN", None)}


def test_an_undated_article_completes_a_date_from_the_years_it_writes() -> None:
    text = "Police raided a compound on October 24. The owner had been sanctioned on 2 May 2024."
    assert latest_written_date(text) == date(2024, 5, 2)
    batch = run(text, published=None)
    assert "raid@2023-10-24" in events(batch)


def test_a_scam_named_beside_an_event_is_not_the_events_business() -> None:
    batch = run("Police arrested 40 people on Monday in a crackdown on online fraud.")
    assert not [f for f in facts(batch) if f[0] == "ENGAGED_IN"]


def test_the_weekend_before_publication_is_a_period() -> None:
    batch = run("Police raided two buildings in Poipet over the weekend.")  # published on a Thursday
    assert "raid@2026-10-10/2026-10-11" in events(batch)


def test_a_date_before_a_clause_word_is_not_the_clauses_event() -> None:
    batch = run("Officers raided two sites in Poipet over the weekend, after a three-month investigation.")
    found = events(batch)
    assert "raid@2026-10-10/2026-10-11" in found and "investigation@" in found


def test_every_place_of_a_list_is_where_the_event_happened() -> None:
    batch = run("On Monday police raided 41 sites in Phnom Penh and 9 provinces, including Kandal, Kampot and Takeo.")
    where = {f[2] for f in facts(batch) if f[0] == "OCCURRED_AT"}
    assert where == {"Phnom Penh", "Kandal", "Kampot", "Takeo"}


def test_a_date_inside_a_following_clause_belongs_to_that_clause() -> None:
    batch = run("Over 2,000 people were detained in raids, following the minister's directive on July 14.")
    assert not [key for key in events(batch) if key.endswith("-07-14")]


def test_tourists_visiting_is_no_event_but_an_officials_visit_is() -> None:
    assert events(run("The Chinese tourists were visiting Phnom Penh on Monday when they were robbed.")).keys() == set()
    assert "visit@2026-10-12" in events(run("Lawmaker Yoon Ha-neul visited Phnom Penh on Monday."))


def test_an_arrest_in_a_crackdown_is_an_arrest() -> None:
    batch = run("More than 200 Vietnamese nationals were arrested on Monday in a crackdown on scam centres.")
    assert set(events(batch)) == {"arrest@2026-10-12"}
    alone = run("Since 2023 governments have announced crackdown after crackdown.")
    assert [key for key in events(alone) if key.startswith("raid")]


def test_awaiting_deportation_and_a_deportation_facility_are_no_deportation() -> None:
    batch = run("On Monday 17 Chinese nationals were moved to a deportation facility, and many others are "
                "awaiting deportation or facing deportation.")
    assert not [key for key in events(batch) if key.startswith("deportation")]
    charged = run("The three men arrested on Monday face charges of trafficking.")
    assert [key for key in events(charged) if key.startswith("charge")]


def test_sent_to_court_is_a_charge() -> None:
    assert [key for key in events(run("On Monday 11 ringleaders were sent to court.")) if key.startswith("charge")]


def test_handed_over_to_police_is_custody_not_repatriation() -> None:
    inside = run("On Monday the five women were rescued and handed over to Thai police.")
    assert not [key for key in events(inside) if key.startswith("repatriation")]
    across = run("On Monday Lao authorities handed over 30 Vietnamese citizens at the border.")
    assert [key for key in events(across) if key.startswith("repatriation")]


def test_failed_attempts_and_crime_names_are_no_events() -> None:
    assert events(run("Failed rescue attempts were punished severely, survivors said.")) == {}
    batch = run("On Monday police filed a serious illegal detention case against eight Chinese nationals.")
    assert not [key for key in events(batch) if key.startswith("detention")]


def test_potential_warrants_are_none() -> None:
    batch = run("Prosecutors are discussing potential arrest warrants against two gang bosses.")
    assert not [key for key in events(batch) if key.startswith("warrant")]


def test_agencies_that_support_take_part_rather_than_conduct() -> None:
    batch = run("On Monday 35 Nepalis were rescued with the support of Lao and Thai authorities.")
    found = facts(batch)
    assert {("PARTICIPATED_IN", "Lao authorities", "rescue@2026-10-12", None),
            ("PARTICIPATED_IN", "Thai authorities", "rescue@2026-10-12", None)} <= found
    assert not [f for f in found if f[0] == "CONDUCTED"]


def test_a_date_stamp_atop_a_stored_page_is_its_publication_date() -> None:
    batch = run(" date 2025-03-11 Officials said 283 workers were flown home on Monday.", published=None)
    assert "repatriation@2025-03-10" in events(batch)
    assert not [key for key in events(batch) if key.endswith("2025-03-11")]


def test_an_event_word_inside_a_name_is_no_event_but_a_title_case_headline_is() -> None:
    named = run("On Monday he was taken to the Cyber Crime Investigation Bureau in Bangkok.")
    assert not [key for key in events(named) if key.startswith("investigation")]
    headline = run("Thai Patrol Rescues 39 Foreigners At Border\nThe rescue took place on Monday.")
    assert [key for key in events(headline) if key.startswith("rescue")]


def test_an_extradition_is_its_own_kind_with_its_count() -> None:
    batch = run("Forty suspects from Laos were extradited to Thailand on Monday to stand trial.")
    found = events(batch)
    assert "extradition@2026-10-12" in found and not [k for k in found if k.startswith("deportation")]
    assert ("EXTRADITED", "extradition@2026-10-12", "LA", 40) in facts(batch)


def test_seizures_escapes_and_kidnappings_are_events() -> None:
    found = events(run("Officers seized 300 phones at the villa on Monday. Two workers escaped from the compound on "
                       "Tuesday. A teacher was kidnapped in Mae Sot on Wednesday."))
    assert {"seizure@2026-10-12", "escape@2026-10-13", "kidnapping@2026-10-14"} <= set(found)


def test_an_aim_or_an_attempt_is_no_event() -> None:
    found = events(run("Those who tried to escape were beaten. Ten men were targeted for extradition this year. "
                       "Kidnappings reported to the embassy rose fivefold."))
    assert not [k for k in found if k.split("@")[0] in {"escape", "extradition", "kidnapping"}]


def test_fugitives_fleeing_is_no_escape_but_fleeing_a_compound_is() -> None:
    assert not [k for k in events(run("Two suspects fled to Bangkok on Monday.")) if k.startswith("escape")]
    assert "escape@2026-10-12" in events(run("Hundreds of workers fled the compound on Monday."))


def test_the_day_it_was_announced_gives_way_to_the_day_it_happened() -> None:
    found = events(run("The police said Tuesday they had raided two buildings in Poipet. "
                       "The raids, carried out on Sunday, found 40 foreigners."))
    assert "raid@2026-10-11" in found and "raid@2026-10-13" not in found


def test_the_day_it_was_announced_serves_when_nothing_better_is_told() -> None:
    assert "raid@2026-10-12" in events(run("The army said on Monday it had raided a compound near Myawaddy."))


def test_a_handover_told_later_is_the_sending_home_told_before_and_dates_it() -> None:
    found = events(run("Immigration police have deported 80 Chinese nationals to China. "
                       "The handover of the suspects took place on 11 October at the border gate."))
    assert "deportation@2026-10-11" in found and not [k for k in found if k.startswith("repatriation")]


def test_a_similar_earlier_crackdown_is_another_event_and_leads_its_arrests() -> None:
    found = events(run("Police have deported 90 Laotians after a crackdown on a call centre. During the crackdown, "
                       "officers seized 500 phones. In March 2025, a similar combined crackdown resulted in the arrest "
                       "of 45 suspects. Officers seized ten cars."))
    assert {"raid@", "raid@2025-03", "seizure@", "seizure@2025-03"} <= set(found)
    assert "arrest@2025-03" not in found


def test_arrests_in_a_crackdown_are_the_event_and_a_running_total_no_raid() -> None:
    found = events(run("As a result of this ongoing crackdown drive, officers have rescued 150 victims so far."))
    assert not [k for k in found if k.startswith("raid")]


def test_people_held_in_the_gangs_camps_are_no_detention() -> None:
    batch = run("Six Nepalis who remain detained in separate scam camps near Myawaddy were freed on Monday. "
                "Another 30 workers held at the compound were rescued on Monday.")
    assert not [k for k in events(batch) if k.startswith("detention")]
    assert not [f for f in facts(batch) if f[0] == "DETAINED"]


def test_people_detained_by_the_police_are_a_detention() -> None:
    assert "detention@2026-10-12" in events(run("Police detained 12 Thais at a compound in Poipet on Monday."))


def test_a_detention_at_a_compound_stays_one_without_the_agent_named_after() -> None:
    assert "detention@2026-10-12" in events(run("Police said twelve Thais were detained at a compound in Poipet on Monday."))


def test_a_list_closed_by_and_other_is_no_generic_statement() -> None:
    found = events(run("During the operation, officers arrested a large number of suspects and seized servers, "
                       "phones and other tools.", published=None))
    assert "seizure@" in found


def test_people_named_by_what_happened_to_them_make_no_new_event() -> None:
    found = events(run("Thai police handed over 45 citizens to the border guards on Monday. After receiving the "
                       "deported group, the guards checked their papers. Numerous workers freed from centres "
                       "describe beatings."))
    assert not [k for k in found if k.startswith("rescue")]
    # the handover and "the deported group" are one sending home (named a deportation by the story)
    assert [k for k in found if k.startswith(("deportation", "repatriation"))] == ["deportation@2026-10-12"]


def test_a_date_in_an_after_clause_with_its_own_verb_is_that_verbs() -> None:
    found = events(run("The investigation started after a resident returned from Cambodia in January."))
    assert "investigation@" in found and "investigation@2026-01" not in found
    assert "death@2026-03" in events(run("A coworker from Kenya died after a beating in March."))


def test_a_past_told_in_passing_or_a_general_trend_is_no_event() -> None:
    found = events(run("Suspects initially detained in Cambodia arrived at the airport. In recent years, "
                       "Korean citizens have been arrested and repatriated for scam work."))
    assert not [k for k in found if k.startswith(("detention", "repatriation", "arrest"))]


def test_a_request_for_a_warrant_is_no_warrant() -> None:
    found = events(run("Arrest warrant request for the militia leaders. Prosecutors asked a court on Monday."))
    assert not [k for k in found if k.startswith("warrant")]
    assert [k for k in events(run("A court issued arrest warrants for three men on Monday.")) if k.startswith("warrant")]


def test_an_indictment_is_a_charge() -> None:
    found = events(run("On October 1, prosecutors announced the unsealing of a new indictment charging a Thai national."))
    assert "charge@2026-10-01" in found


def test_an_earlier_or_additional_sending_home_does_not_date_the_one_told_first() -> None:
    found = events(run("On March 3, Japan repatriated 40 suspects from Laos. Previously, in June 2025, Japan also "
                       "repatriated 12 citizens.", published=None))
    assert "repatriation@2025-06" in found and len([k for k in found if k.startswith("repatriation")]) == 2


def test_the_agency_that_did_it_is_no_announcer_in_a_reported_sentence() -> None:
    batch = run("An embassy official said on Monday that the Myanmar military had raided the centres near Myawaddy.")
    found = {(f[0], f[1]) for f in facts(batch) if f[2].startswith("raid")}
    assert ("CONDUCTED", "Myanmar military") in found and ("ANNOUNCED", "Myanmar military") not in found


def _places(batch) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(batch) if f[0] == "OCCURRED_AT"}


def test_a_wire_dateline_with_its_service_tag_dates_no_event() -> None:
    batch = run("HANOI, Oct. 14 (Newswire) -- Police arrested 12 suspects at a casino in Bavet.")
    assert "arrest@2026-10-14" not in events(batch)


def test_a_recent_event_is_not_dated_by_the_day_it_was_announced() -> None:
    batch = run("The ministry on Tuesday said 40 people were handed to it after their capture in a recent raid in Bavet.")
    assert [key for key in events(batch) if key.startswith("raid")] == ["raid@"]


def test_a_place_in_another_clause_is_not_where_the_event_happened() -> None:
    batch = run("Police on Monday arrested 12 men on suspicion of cheating victims in Japan and Korea.")
    assert _places(batch) == set()
    batch = run("Four Malaysians who took jobs in Cambodia were rescued on Monday.")
    assert _places(batch) == set()
    batch = run("In Bavet, police raided a casino on Monday.")  # a place opening the sentence is the event's
    assert _places(batch) == {("raid@2026-10-12", "Bavet")}


def test_a_place_after_the_verb_that_says_it_happened_is_the_events() -> None:
    batch = run("The rescue took place on Monday morning, October 12, at the border crossing in Mae Sot district.")
    assert ("rescue@2026-10-12", "Mae Sot") in _places(batch)


def test_an_event_told_at_a_town_and_at_its_country_happened_at_the_town() -> None:
    batch = run("Police raided a casino in Bavet on Monday. The raid in Cambodia freed 30 workers.")
    assert _places(batch) == {("raid@2026-10-12", "casino in Bavet")}


def test_an_investigation_has_no_place_of_its_own() -> None:
    batch = run("Police opened an investigation in Cambodia on Monday into the scam ring.")
    assert not [f for f in facts(batch) if f[0] == "OCCURRED_AT" and f[1].startswith("investigation")]


def test_an_infinitive_trigger_takes_no_date_from_the_trip_before_it() -> None:
    batch = run("On Monday, 40 officers flew to Phnom Penh to arrest the 12 suspects.")
    assert not [key for key in events(batch) if key.startswith("arrest@2026")]


def test_a_day_without_a_year_names_the_same_undated_event() -> None:
    batch = run("Police raided a casino in Bavet and detained 80 people. The October 24 raid followed a tip.",
                published=None)
    assert len([key for key in events(batch) if key.startswith("raid")]) == 1
    assert len([n for n in batch.nodes.values() if n.properties.get("type") == "raid"]) == 1


def _conducted(batch) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(batch) if f[0] == "CONDUCTED"}


def test_an_agency_in_a_clause_about_the_people_did_not_conduct_the_event() -> None:
    batch = run("On Monday police raided the compound and freed 40 workers, who were later taken into custody "
                "by the Thai Immigration Bureau in Mae Sot.")
    assert not [pair for pair in _conducted(batch) if pair[0] == "Thai Immigration Bureau"]


def test_an_agency_whose_relative_clause_tells_the_event_conducted_it() -> None:
    batch = run("Five men were sent to the Kandal Provincial Court, which charged them with fraud on Friday.")
    assert ("Kandal Provincial Court", "charge@2026-10-09") in _conducted(batch)


def test_a_detention_on_another_unresolved_day_is_not_part_of_the_arrest() -> None:
    batch = run("Police arrested 12 men in Bavet on Monday. Forty Vietnamese were detained by immigration "
                "officers on July 14.", published=None)
    assert {"arrest@", "detention@"} <= events(batch).keys()
    assert ("DETAINED", "detention@", "VN", 40) in facts(batch)


def test_ground_taken_or_freed_in_a_war_is_no_rescue_or_arrest() -> None:
    assert events(run("In April the river town was briefly liberated by rebel forces.")) == {}
    assert events(run("On Monday the rebels captured the district after heavy fighting.")) == {}
    assert "rescue@2026-10-12" in events(run("On Monday soldiers freed 40 workers from the compound."))


def test_a_detention_listed_among_abuses_is_what_captors_did() -> None:
    assert events(run("Workers who missed quotas were beaten, detained, starved and threatened by the gang.")) == {}


def test_officials_arriving_make_a_visit_and_returning_victims_do_not() -> None:
    batch = run("A delegation from the interior ministry arrived in Bavet on Monday to discuss the raids.")
    assert "visit@2026-10-12" in events(batch)
    assert ("visit@2026-10-12", "Bavet") in _places(batch)
    assert not [k for k in events(run("The 47 victims arrived in Kathmandu on Monday.")) if k.startswith("visit")]


def test_a_later_mention_does_not_take_the_date_of_what_it_followed() -> None:
    batch = run("A team of investigators arrived in Bavet on Monday. The investigators' arrival followed a report "
                "that a singer was lured there last month.")
    assert [k for k in events(batch) if k.startswith("visit")] == ["visit@2026-10-12"]
    batch = run("Police raided a casino in Bavet. The raid followed a tip-off from residents on Monday.")
    assert [k for k in events(batch) if k.startswith("raid")] == ["raid@"]


def test_the_day_a_told_event_is_said_again_does_not_make_a_second_one() -> None:
    batch = run("Investigators arrive at the airport in Mae Sot on Sunday. A team of investigators has "
                "arrived in Mae Sot, a source said on Tuesday.")
    assert [k for k in events(batch) if k.startswith("visit")] == ["visit@2026-10-11"]


def test_people_sent_home_once_are_one_event_however_the_journey_is_told() -> None:
    batch = run("Forty suspects were extradited from Cambodia on Saturday. They were brought back to China "
                "on two chartered flights.")
    assert [k for k in events(batch) if k.split("@")[0] in {"extradition", "repatriation"}] == ["extradition@2026-10-10"]
    batch = run("The suspects were brought back to China on Saturday. Officials said 40 suspects were "
                "extradited from Cambodia on Saturday.")
    assert [k for k in events(batch) if k.split("@")[0] in {"extradition", "repatriation"}] == ["extradition@2026-10-10"]
    batch = run("Cambodia deported 40 Chinese on Saturday. Indonesia later repatriated 12 workers.")
    assert {"deportation@2026-10-10", "repatriation@"} <= events(batch).keys()


def test_a_wave_of_raids_is_not_the_one_raid_on_one_day() -> None:
    batch = run("Scam raids intensify nationwide. Provincial police raided a casino in Bavet on Monday. "
                "Over 2,000 foreigners have been detained in nationwide raids across Kandal, Kampot and Takeo.")
    found = events(batch)
    assert {"raid@2026-10-12", "raid@"} <= found.keys()
    assert found["raid@"].get("count_detained") == 2000
    assert not [f for f in facts(batch) if f[0] == "OCCURRED_AT" and f[1] == "raid@2026-10-12" and f[2] == "Kampot"]


def test_a_rescue_told_first_is_the_raid_that_rescued_them() -> None:
    batch = run("Police rescued 215 victims from a call centre, a spokesman said. Officers raided the "
                "building in Poipet, rescuing 109 Thai nationals.", published=None)
    found = events(batch)
    assert "raid@" in found and "rescue@" not in found
    assert found["raid@"].get("count_rescued") == 215


def test_a_handover_the_story_then_calls_a_deportation_is_one() -> None:
    batch = run("Cambodian police on Tuesday handed over 45 Vietnamese nationals to border guards. "
                "After receiving the deported group, the guards checked their papers.")
    found = events(batch)
    assert "deportation@2026-10-13" in found and not [k for k in found if k.startswith("repatriation")]
    assert found["deportation@2026-10-13"].get("count_deported") == 45
    assert ("DEPORTED", "deportation@2026-10-13", "VN", 45) in facts(batch)


def test_each_of_two_events_takes_the_date_written_next_to_it() -> None:
    found = events(run("The suspects were arrested in late May and deported on Tuesday."))
    assert {"arrest@2026-05", "deportation@2026-10-13"} <= found.keys()


def test_custody_after_an_arrest_and_its_grounds_are_no_events_of_their_own() -> None:
    found = events(run("Police arrested 12 Chinese suspects on Monday and detained them at the police station."))
    assert list(found) == ["arrest@2026-10-12"]
    found = events(run("Three of them were arrested on Monday on fraud charges."))
    assert list(found) == ["arrest@2026-10-12"]
    assert "charge@2026-10-12" in events(run("Prosecutors filed fraud charges against three men on Monday."))


def test_two_joined_events_keep_their_own_dates_and_places() -> None:
    batch = run("He was arrested in Bangkok in 2023 and extradited to China last month.")
    assert {"arrest@2023", "extradition@2026-09"} <= events(batch).keys()
    assert _places(batch) == {("arrest@2023", "Bangkok")}


def test_the_body_that_ordered_an_event_did_not_conduct_it() -> None:
    batch = run("The raid on Monday was ordered by the Ministry of Interior and carried out by the Cambodian "
                "National Police.")
    assert _conducted(batch) == {("Cambodian National Police", "raid@2026-10-12")}
    batch = run("The Ministry of Interior ordered the Cambodian National Police to raid the casino on Monday.")
    assert not [pair for pair in _conducted(batch) if pair[0] == "Ministry of Interior"]


def test_a_person_met_in_another_clause_took_no_part_in_the_event() -> None:
    batch = run("The raid on Monday followed a meeting with Prime Minister Arvel Dunmore, who leads the panel.")
    assert not [f for f in facts(batch) if f[0] in {"PARTICIPATED_IN", "LEADS"}]
    batch = run("Interior Minister Sar Kheng visited the compound on Monday.")
    assert ("PARTICIPATED_IN", "Sar Kheng", "visit@2026-10-12", None) in facts(batch)


def test_a_date_inside_a_relative_clause_or_a_future_is_not_the_events() -> None:
    for text in ("Police raided a compound that had opened last month.",
                 "Police arrested the man, 41, who had fled to Thailand in 2022.",
                 "The workers, who arrived in Cambodia in May, were rescued by police."):
        assert all(key.endswith("@") for key in events(run(text))), text
    assert "arrest@" in events(run("The suspects were arrested and will be deported next week."))
    # a clause on the event word itself, or one closed before the date, leaves the date to the event
    assert "raid@2026-10-09" in events(run("Police rescued 771 people during an operation that ended on Friday."))
    assert "raid@2026-10-12" in events(run("Police raided the compound, which is in Poipet, on Monday."))


def test_a_suspect_who_surrenders_to_police_is_arrested() -> None:
    assert "arrest@2026-10-12" in events(run("A Chinese gang leader surrendered to Thai police on Monday."))
    assert "arrest@2026-10-12" in events(run("The wanted man turned himself in on Monday."))
    assert events(run("The increase in operation tempo followed a meeting on Monday.")) == {}


def test_arrests_told_after_the_story_moved_to_another_time_are_not_the_raids() -> None:
    batch = run("In November 2025 police raided a casino in Bavet. In September 2025, police deported 164 "
                "Chinese nationals. The 164 men were arrested in Vientiane and Savannakhet.")
    assert "arrest@" in events(batch)
    batch = run("Police raided a casino in Bavet on Monday. All 212 will be deported after screening. "
                "Officers also arrested 12 managers.")
    assert "arrest@" not in events(batch)  # a deportation still to come: the raid goes on being told


def test_a_speaker_who_says_it_is_preparing_to_act_tells_no_act_yet() -> None:
    batch = run("The Cambodian National Police told reporters they are preparing to deport the nine men.")
    assert not any(key.startswith("deportation") for key in events(batch))
    assert not [f for f in facts(batch) if f[0] == "ANNOUNCED"]


def test_a_result_in_the_present_perfect_is_not_dated_by_the_day_it_was_told() -> None:
    batch = run("Fourteen Koreans have been detained in Laos, officials said Friday.")
    assert "detention@" in events(batch)
    batch = run("Officers said Monday they have raided three sites in Bavet. The raids, conducted over the "
                "weekend, found 175 foreigners.")
    assert "raid@2026-10-10/2026-10-11" in events(batch)  # the raids' own days, told later
    # a past tense keeps the day of the telling when nothing better is told
    assert "raid@2026-10-12" in events(run("The military said on Monday it had raided the compound."))


def test_a_later_undated_mention_is_not_the_earlier_event_told_apart() -> None:
    batch = run("Earlier, 14 other Nepalis were rescued on November 5. Forty-seven Nepalis have been "
                "rescued, the embassy said on Wednesday.")
    found = events(batch)
    assert found["rescue@2025-11-05"].get("count_rescued") == 14
    assert found["rescue@"].get("count_rescued") == 47


def test_a_crackdown_as_the_aim_of_a_measure_is_no_raid() -> None:
    assert events(run("Thailand cut power to three border towns to crackdown on scam centres last Wednesday.")) == {}
    assert "raid@2026-10-12" in events(run("Police launched a crackdown on scam centres on Monday."))


def test_a_chartered_plane_where_an_arrest_happened_is_no_journey_home() -> None:
    found = events(run("The four men were arrested on a chartered plane at dawn on Monday."))
    assert list(found) == ["arrest@2026-10-12"]
    assert "repatriation@2026-10-12" in events(run("The workers were flown home on a chartered flight on Monday."))


def test_the_town_of_the_site_an_event_happened_at_adds_nothing() -> None:
    batch = run("Police raided a compound in Poipet on Monday. The crackdown in Poipet freed 40 workers.")
    assert _places(batch) == {("raid@2026-10-12", "compound in Poipet")}


def test_a_year_told_of_a_raid_elsewhere_does_not_date_the_undated_raid() -> None:
    batch = run("Police raided a casino in Bavet and detained 80 workers. Last year, police raided a hotel in Poipet.")
    found = events(batch)
    assert found["raid@"].get("count_detained") == 80 and "raid@2025" in found
    # a headline's undated raid, told again with its day, is still one raid
    assert list(events(run("Police raid scam centres\n\nPolice raided two casinos in Poipet on Monday."))) == ["raid@2026-10-12"]


def test_an_agency_thanked_for_its_role_in_the_event_took_part_in_it() -> None:
    batch = run("The Nepali Embassy thanked the Thai Immigration Bureau for their key role in the rescue "
                "operation on Monday.")
    assert ("PARTICIPATED_IN", "Thai Immigration Bureau", "rescue@2026-10-12", None) in facts(batch)
    assert not [pair for pair in _conducted(batch) if pair[0] == "Thai Immigration Bureau"]


def test_a_case_under_further_investigation_is_being_investigated() -> None:
    assert "investigation@" in events(run("The case of the 45 workers is under further investigation."))
    assert not [k for k in events(run("Officials expect further deportations of 40 workers.")) if k.startswith("deport")]


def test_agencies_a_body_works_with_on_an_event_take_part_in_it() -> None:
    batch = run("We are working closely with our consulate in Chiang Mai, the Thai Immigration Bureau and relatives "
                "to ensure the repatriation of our nationals on Monday, the ministry said.")
    assert ("PARTICIPATED_IN", "Thai Immigration Bureau", "repatriation@2026-10-12", None) in facts(batch)


def test_a_site_in_the_clause_of_the_suspicion_is_not_where_the_arrest_happened() -> None:
    suspected = run("Police arrested 12 men on Monday on suspicion of making calls from a base in Poipet.")
    assert not [f for f in facts(suspected) if f[0] == "OCCURRED_AT"]
    raided = run("Police raided a base in Poipet on Monday.")
    assert ("OCCURRED_AT", "raid@2026-10-12", "base in Poipet", None) in facts(raided)


def test_footage_posted_on_a_day_dates_what_it_shows_by_its_month() -> None:
    batch = run("Online footage posted on July 9 showed dozens of workers fleeing a compound in Kampot.")
    assert set(events(batch)) == {"escape@2026-07"}


def test_a_wave_of_raids_told_after_a_dated_order_happened_in_that_month() -> None:
    wave = run("Over 2,000 people were detained in nationwide raids, following the minister's directive on July 14.")
    assert set(events(wave)) == {"raid@2026-07"}
    one_raid = run("Police raided a casino in Bavet, following a tip-off on July 14.")
    assert set(events(one_raid)) == {"raid@"}  # one raid's day is not known from what it followed


def test_a_speaker_announces_the_event_not_what_it_came_after() -> None:
    batch = run("The two raids, conducted over the weekend in Bavet, found 175 foreigners after a two-month "
                "inquiry, the Cambodian National Police said in its statement.")
    announced = {f[2] for f in facts(batch) if f[0] == "ANNOUNCED"}
    assert announced == {"raid@2026-10-10/2026-10-11"}


def test_people_sent_home_are_not_counted_on_the_raid_they_were_caught_in() -> None:
    batch = run("The ministry said on Wednesday that 307 Chinese nationals have been transferred to China "
                "after their capture in a recent crackdown.")
    counted = {(f[0], f[1]) for f in facts(batch) if f[2] == "CN"}
    sent = {(rel, event) for rel, event in counted if rel in {"REPATRIATED", "DEPORTED"}}
    assert sent and all(event.split("@")[0] in {"repatriation", "deportation"} for _rel, event in sent)
    # ("after their capture in a crackdown": their arrest in it, the only thing counted on the raid)
    assert all(rel == "ARRESTED" for rel, event in counted if event.startswith("raid"))


def test_a_participle_describing_the_people_keeps_its_date_and_its_event_to_itself() -> None:
    batch = run("The Korean National Police Agency said that 38 South Koreans detained in Cambodia since August "
                "had been returned home on a chartered flight on Saturday.")
    assert {"repatriation@2026-10-10", "detention@2026-08-01/2026-10-15"} <= set(events(batch))
    announced = {f[2] for f in facts(batch) if f[0] == "ANNOUNCED"}
    assert announced == {"repatriation@2026-10-10"}  # the news is the return; the detention says who they are


def test_two_sendings_home_set_against_each_other_in_one_sentence_are_two_events() -> None:
    batch = run("Around 450 Chinese workers were repatriated last week, while the week before the militia handed over "
                "180 workers from ten countries, including the Philippines and Nepal, to Thailand.")
    assert {"repatriation@2026-10-05/2026-10-11", "repatriation@2026-09-28/2026-10-04"} <= set(events(batch))
    sent_home = {(f[1], f[2]) for f in facts(batch) if f[0] == "REPATRIATED"}
    assert ("repatriation@2026-10-05/2026-10-11", "CN") in sent_home
    assert {("repatriation@2026-09-28/2026-10-04", "PH"), ("repatriation@2026-09-28/2026-10-04", "NP")} <= sent_home
    assert ("repatriation@2026-10-05/2026-10-11", "PH") not in sent_home


def test_a_rescue_that_only_frames_a_return_home_is_no_event_of_its_own() -> None:
    framed = run("In a large rescue operation, 196 Indians were repatriated to India via Laos on Monday.")
    assert set(events(framed)) == {"repatriation@2026-10-12"}
    assert {f[0] for f in facts(framed)} == {"REPATRIATED"}  # nothing the frame's count said stays
    apart = run("Soldiers rescued 40 workers from a compound on Monday, and the embassy will repatriate them next week.")
    assert "rescue@2026-10-12" in events(apart)  # told as its own act, on its own day


def test_a_participle_used_as_an_adjective_tells_no_event() -> None:
    batch = run("He is wanted over a raided gaming hub in Porac where 158 Filipinos were rescued in 2025.")
    assert set(events(batch)) == {"rescue@2025"}
    assert ("RESCUED", "rescue@2025", "PH", 158) in facts(batch)
    told = run("Police raided a gaming hub in Porac on Monday.")
    assert set(events(told)) == {"raid@2026-10-12"}


def test_a_place_naming_which_compound_is_not_where_the_event_happened() -> None:
    modifier = run("Police raided the Tarlac hub on Monday.")
    assert not [f for f in facts(modifier) if f[0] == "OCCURRED_AT"]
    stated = run("Police raided a hub in Tarlac on Monday.")
    assert ("OCCURRED_AT", "raid@2026-10-12", "hub in Tarlac", None) in facts(stated)


def test_help_is_told_of_the_event_word_nearest_before_it() -> None:
    batch = run("On Tuesday 35 Nepalis were rescued and flown home to Kathmandu with the support of Lao authorities.")
    helped = {f[2] for f in facts(batch) if f[0] == "PARTICIPATED_IN"}
    assert helped == {"repatriation@2026-10-13"}
    opening = run("With the support of Thai authorities, police raided a compound in Myawaddy on Monday.")
    assert ("PARTICIPATED_IN", "Thai authorities", "raid@2026-10-12", None) in facts(opening)


def test_an_agency_named_as_an_officials_employer_did_not_carry_out_the_event() -> None:
    batch = run("Lao police deported 280 suspects on 23 June. The handover was supervised by the Deputy Director "
                "of the Immigration and Foreigners Management Police Department, Khamla Vongsouk.")
    conducted = {f[1] for f in facts(batch) if f[0] == "CONDUCTED"}
    assert conducted == {"Lao police"}
    members = run("The raid was carried out by officers of the Cambodian National Police on Monday.")
    assert ("CONDUCTED", "Cambodian National Police", "raid@2026-10-12", None) in facts(members)


def test_neither_the_aim_of_a_planned_step_nor_a_planned_act_is_an_event() -> None:
    assert events(run("The ministry plans to negotiate with Lao authorities to repatriate them to Japan.")) == {}
    assert events(run("The agency plans to deport the men next week.")) == {}


def test_authorities_conducting_operations_across_places_is_a_raid_there() -> None:
    batch = run("On Monday authorities conducted operations across 41 locations in Phnom Penh and 9 provinces, "
                "including Kandal and Takeo.")
    assert "raid@2026-10-12" in events(batch)
    where = {f[2] for f in facts(batch) if f[0] == "OCCURRED_AT"}
    assert {"Kandal", "Takeo"} <= where
    assert events(run("The gang ran scam operations from a hotel in Poipet.")) == {}


def test_a_background_fact_is_its_own_dated_event_and_takes_nothing_from_todays() -> None:
    # the real-article gold keeps history paragraphs as events of their own, dated by their year
    batch = run("Police arrested 29 Japanese nationals at a hotel in Poipet on Monday. In 2023, 25 Japanese were "
                "arrested in Phnom Penh.")
    assert {"arrest@2026-10-12", "arrest@2023"} <= set(events(batch))
    assert ("ARRESTED", "arrest@2023", "JP", 25) in facts(batch)
    assert ("OCCURRED_AT", "arrest@2023", "Phnom Penh", None) in facts(batch)
    assert ("OCCURRED_AT", "arrest@2026-10-12", "Phnom Penh", None) not in facts(batch)


def test_a_site_before_the_event_word_in_another_clause_is_not_where_it_happened() -> None:
    past = run("Police said the suspects had previously worked at a casino in Sihanoukville before moving to "
               "Poipet, where they were arrested on Monday.")
    assert not [f for f in facts(past) if f[0] == "OCCURRED_AT"]
    subject = run("The compound in Poipet was raided on Monday.")
    assert ("OCCURRED_AT", "raid@2026-10-12", "compound in Poipet", None) in facts(subject)


def test_a_sentence_opening_two_days_later_tells_another_event_on_its_own_day() -> None:
    batch = run("Police raided three compounds in Sihanoukville on Monday. Two days later, officers raided a casino "
                "in Bavet.")
    assert {"raid@2026-10-12", "raid@2026-10-14"} <= set(events(batch))
    assert ("OCCURRED_AT", "raid@2026-10-12", "casino in Bavet", None) not in facts(batch)
    undated = run("Police raided a compound in Poipet. The next day, officers raided a casino in Bavet.")
    raids = [n for n in undated.nodes.values() if n.properties.get("type") == "raid"]
    assert len(raids) == 2


def test_a_place_listed_with_the_site_under_one_preposition_is_where_it_happened_too() -> None:
    batch = run("On Monday soldiers raided compounds in Shwe Kokko and KK Park.")
    where = {f[2] for f in facts(batch) if f[0] == "OCCURRED_AT"}
    assert where == {"Shwe Kokko", "KK Park"}


def test_places_each_told_with_a_number_of_people_are_all_where_it_happened() -> None:
    batch = run("On Monday 164 suspects were arrested across Laos, including 77 in Bokeo, 46 in Savannakhet "
                "and 19 in Luang Namtha.")
    where = {f[2] for f in facts(batch) if f[0] == "OCCURRED_AT"}
    assert {"Bokeo", "Savannakhet", "Luang Namtha"} <= where


def test_a_similar_operation_told_in_the_same_sentence_is_another_event_with_its_own_place() -> None:
    batch = run("The raid in Poipet followed a similar operation in Bavet last week.")
    assert ("OCCURRED_AT", "raid@", "Poipet", None) in facts(batch)
    assert ("OCCURRED_AT", "raid@2026-10-05/2026-10-11", "Bavet", None) in facts(batch)
    assert ("OCCURRED_AT", "raid@", "Bavet", None) not in facts(batch)


def test_an_official_holding_talks_in_a_country_is_a_visit_there_but_talks_by_phone_are_not() -> None:
    there = run("Foreign Minister Tavin Rochanakul held talks in Laos over the weekend with his counterpart.")
    assert ("OCCURRED_AT", "visit@2026-10-10/2026-10-11", "Laos", None) in facts(there)
    assert events(run("Foreign Minister Tavin Rochanakul held talks by phone with his counterpart on Monday.")) == {}


def test_a_participle_phrase_running_through_a_place_apposition_keeps_to_itself() -> None:
    batch = run("The ministry said on Tuesday that 112 Vietnamese citizens rescued from a casino complex in Bokeo "
                "province, Laos, had been handed over at the border on Monday.")
    assert {"repatriation@2026-10-12", "rescue@"} <= set(events(batch))  # not the day told, nor the return's
    announced = {f[2] for f in facts(batch) if f[0] == "ANNOUNCED"}
    assert "rescue@" not in announced


def test_a_day_given_to_the_arrests_of_an_undated_raid_just_told_is_the_raids_day() -> None:
    batch = run("80 workers arrested in a large scam raid in Poipet.\n\n"
                "Workers were apprehended in Poipet on October 12, 2026.")
    found = events(batch)
    assert "raid@2026-10-12" in found and not [key for key in found if key.startswith("arrest")]
    assert found["raid@2026-10-12"]["count_arrested"] == 80


def test_a_dated_arrest_told_after_another_event_does_not_date_the_raid() -> None:
    batch = run("Police raided a scam compound in Poipet. Later, 20 Thais were deported to Bangkok.\n\n"
                "Separately, officers arrested five men in Bavet on October 12, 2026.")
    found = events(batch)
    assert "raid@" in found and "raid@2026-10-12" not in found


def test_people_who_arrived_home_were_sent_home_on_that_day() -> None:
    batch = run("Twenty Thai workers who had been held in a compound arrived home on Monday aboard a military plane.")
    assert "repatriation@2026-10-12" in events(batch)


def test_a_day_told_later_settles_a_month_reckoned_back_from_the_telling() -> None:
    batch = run("Some 40 Kenyans, who were rescued from a compound three months ago, are still waiting in camps. "
                "The group was rescued on July 18 by soldiers.")
    found = events(batch)
    assert [key for key in found if key.startswith("rescue")] == ["rescue@2026-07-18"]
    assert found["rescue@2026-07-18"]["count_rescued"] == 40


def test_a_day_far_from_a_reckoned_month_is_another_event() -> None:
    batch = run("Police rescued 40 Kenyans three months ago. Last week, police rescued 12 Ugandans on October 8.")
    assert {"rescue@2026-07", "rescue@2026-10-08"} <= set(events(batch))


def test_a_clause_joined_on_with_its_own_subject_and_day_tells_another_event_of_the_kind() -> None:
    batch = run("The city police arrested 19 men in April after they were deported to Japan, "
                "and the provincial police arrested 14 men in August.")
    found = events(batch)
    assert {"arrest@2026-04", "arrest@2026-08", "deportation@"} <= set(found)


def test_a_second_word_of_the_kind_on_no_day_of_its_own_is_the_same_event() -> None:
    batch = run("Police arrested 30 Chinese on Monday, and officers arrested 12 more at the site.")
    assert [key for key in events(batch) if key.startswith("arrest")] == ["arrest@2026-10-12"]


def test_people_brought_back_from_abroad_with_words_between_are_sent_home() -> None:
    batch = run("Police brought 40 fraud suspects back from Laos on Tuesday in their ongoing crackdown on scams.")
    assert list(events(batch)) == ["repatriation@2026-10-13"]


def test_people_sent_back_to_a_compound_are_not_sent_home() -> None:
    batch = run("The guards sent the escaped workers back to the compound on Tuesday.")
    assert not [key for key in events(batch) if key.startswith("repatriation")]


def test_a_sentence_counting_the_same_people_on_one_day_dates_the_undated_event_just_told() -> None:
    batch = run("Border troops have rescued 27 foreign workers who had crossed the river. "
                "Before dawn on October 12, soldiers gave food to 27 people who had run from the compound.")
    assert "rescue@2026-10-12" in events(batch)


def test_a_dated_sentence_counting_other_people_leaves_the_event_undated() -> None:
    batch = run("Border troops have rescued 27 foreign workers. On October 12, soldiers gave food to 30 villagers.")
    assert "rescue@" in events(batch)


def test_the_operation_after_a_rescue_tells_the_rescue_again() -> None:
    batch = run("Soldiers rescued 20 workers near the river on Monday. The operation was led by a border commander.")
    assert not [key for key in events(batch) if key.startswith("raid")]


def test_an_operation_told_with_no_rescue_before_is_still_a_raid() -> None:
    batch = run("Police launched an operation at a casino in Poipet on Monday and found 40 workers.")
    assert [key for key in events(batch) if key.startswith("raid")]


def test_a_killing_listed_with_abuses_is_still_a_death() -> None:
    batch = run("In March, a worker was beaten, tortured and killed at a compound in Myawaddy.")
    assert "death@2026-03" in events(batch)


def test_abuses_listed_alone_still_tell_no_detention() -> None:
    batch = run("Workers said they were beaten, detained, starved and threatened by their bosses.")
    assert not [key for key in events(batch) if key.startswith("detention")]


def test_an_arrest_told_at_the_moment_of_boarding_takes_the_flights_day() -> None:
    batch = run("Thirty nationals were repatriated from Laos on Friday. "
                "All of them were placed under arrest as they boarded the plane.")
    assert "arrest@2026-10-09" in events(batch)  # the Friday before publication


def test_an_undated_arrest_told_with_no_journey_stays_undated() -> None:
    batch = run("Thirty nationals were repatriated from Laos on Friday. Police had arrested their recruiter.")
    assert "arrest@" in events(batch)


def test_a_warrant_named_as_the_source_of_a_story_is_no_warrant_event() -> None:
    batch = run("According to the arrest warrants, the men cheated a pensioner of 2 million yen between May and June.")
    assert not [key for key in events(batch) if key.startswith("warrant")]


def test_a_return_people_plead_for_is_not_a_return() -> None:
    batch = run("The workers, rescued in June, are pleading for state intervention to help repatriate them.")
    assert not [key for key in events(batch) if key.startswith("repatriation")]


def test_a_warrant_issued_is_still_a_warrant() -> None:
    batch = run("A court issued arrest warrants for the two men on Monday.")
    assert [key for key in events(batch) if key.startswith("warrant")]


def test_an_operation_to_bring_people_back_is_their_return() -> None:
    batch = run("Police raided a casino in Bavet in May. On Friday, 40 suspects were repatriated from Cambodia. "
                "It was the largest operation by the Korean National Police Agency to bring back suspects.")
    links = {(f[0], f[2]) for f in facts(batch) if f[0] == "CONDUCTED"}
    assert not [link for link in links if link[1].startswith("raid")]


def test_a_crackdown_with_its_own_agent_is_an_operation_of_its_own() -> None:
    batch = run("Thirty Koreans were detained after a crackdown by Lao authorities on Monday.")
    assert [key for key in events(batch) if key.startswith("raid")]
    assert [f for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("raid")]


def test_an_arrest_in_a_crackdown_keeps_the_crackdown_as_background() -> None:
    batch = run("Police arrested 40 people on Monday in a crackdown on online fraud.")
    assert not [key for key in events(batch) if key.startswith("raid")]


def test_a_suicide_reported_by_captives_is_a_death() -> None:
    batch = run("The survivors confirmed the suicide of a fellow captive at the compound in Poipet.")
    assert [key for key in events(batch) if key.startswith("death")]


def test_an_attempted_suicide_is_no_death() -> None:
    batch = run("One worker was treated in hospital after an attempted suicide at the compound.")
    assert not [key for key in events(batch) if key.startswith("death")]


def test_a_rescue_told_after_an_undated_arrest_is_an_event_of_its_own() -> None:
    # an arrest with no day is a case, not an operation that freed anyone
    batch = run("Federal police have arrested two recruiters who sent job seekers abroad. "
                "Recently, the government organised the rescue of 40 victims from a compound in Myanmar.")
    assert {"rescue@", "arrest@"} <= set(events(batch))
    batch = run("Investigators arrested a broker in January. Officials said three other victims had been rescued.")
    assert any(key.startswith("rescue@") for key in events(batch))
    # an arrest told with its day is an operation: the workers freed in it are its own
    batch = run("Police arrested three bosses of a scam hub in Cebu on Tuesday, March 24. "
                "A spokesperson said 162 workers were rescued.")
    assert not any(key.startswith("rescue@") for key in events(batch))


def test_officials_sent_abroad_make_a_visit() -> None:
    for text in ("A government response team was dispatched to Laos to help the detained citizens.",
                 "The national police chief said 15 officers had earlier been sent to Laos to help local police.",
                 "The investigators first travelled to Laos and then flew to Vientiane."):
        assert any(key.startswith("visit@") for key in events(run(text))), text
    # people sent somewhere at home, or victims sent abroad, make no visit
    for text in ("Five suspects were sent to the provincial court on Monday.",
                 "The victims were sent to Cambodia by a recruiter."):
        assert not any(key.startswith("visit@") for key in events(run(text))), text


def test_people_who_ran_away_escaped_on_the_day_told() -> None:
    batch = run("Some 60 Vietnamese workers ran away from a casino in Bavet on June 8, officials said.")
    assert "escape@2026-06-08" in events(batch)


def test_a_verb_in_the_past_before_a_word_of_a_named_place_still_tells_its_act() -> None:
    assert any(key.startswith("raid") for key in events(run("Police raided offices in Odesa on Tuesday.")))
    assert not any(key.startswith("rescue") for key in events(run("The women stay at a rescue centre in Odesa.")))


def test_the_people_sent_home_rescued_from_a_province_after_a_source_were_rescued_there() -> None:
    batch = run("Twelve Filipinos have returned home from Cambodia after being repatriated. According to the "
                "Ministry of Labour and Vocational Training (MLVT), the repatriates were rescued from Kampot "
                "Province in the south of Cambodia.")
    found = facts(batch)
    assert any(f[0] == "RESCUED" and f[2] == "PH" and f[3] == 12 for f in found)
    assert any(f[0] == "OCCURRED_AT" and f[1].startswith("rescue") and f[2] == "Kampot" for f in found)


def test_another_states_arrest_after_a_raid_is_its_own() -> None:
    """"Myanmar troops raided X. Thai border police ... apprehended 18 people": the Thai arrest of
    those who fled is no part of the Myanmar raid."""
    batch = run("Myanmar army soldiers raided the Jade Gate compound in Payathonzu on Monday. Thai border police"
                " in Sangkhla Buri intercepted one group and apprehended 18 people: 15 Vietnamese and three Cambodians.")
    found = facts(batch)
    assert ("ARRESTED", "arrest@", "VN", 15) in found
    assert not any(rel == "ARRESTED" and ev.startswith("raid") for rel, ev, _code, _n in found)
    assert not any(rel == "CONDUCTED" and src == "Thai border police" and ev.startswith("raid") for rel, src, ev, _n in found)


def test_the_same_states_arrest_after_a_raid_stays_the_raids() -> None:
    batch = run("Myanmar army soldiers raided the Jade Gate compound in Payathonzu on Monday. Myanmar police"
                " apprehended 18 people: 15 Vietnamese and three Cambodians.")
    assert ("ARRESTED", "raid@2026-10-12", "VN", 15) in facts(batch)


def test_the_body_a_rescue_is_told_according_to_did_not_do_it() -> None:
    # the embassy tells the rescue; the raid's own doers did it, and it is the raid's
    batch = run("The Philippine authorities raided the premises of the Dastra Hub group in Velmor province on May 4. "
                "According to the Vietnamese Embassy in Manila, the local police freed over 900 people that day, "
                "Vietnamese nationals among them.")
    assert [k for k in events(batch) if not k.startswith("raid")] == []


def test_people_told_after_a_span_of_time_before_are_the_earlier_acts() -> None:
    """"The arrests come a week after nearly 300 Chinese were arrested in Laos in a raid": the 300
    are that raid's; the 42 stay today's."""
    found = facts(run("Thai police arrested 42 Chinese nationals on Monday. The arrests come a week after nearly 300"
                      " Chinese nationals were arrested in Laos in a raid on a call centre."))
    assert ("ARRESTED", "arrest@2026-10-12", "CN", 42) in found
    assert not any(ev == "arrest@2026-10-12" and n == 300 for _rel, ev, _code, n in found)


def test_a_handover_received_on_a_day_is_of_that_day() -> None:
    """"Border officers on Monday received 48 workers handed over by the Cambodian side": the
    receiving and the handing over are one act, on the day told."""
    for text in ("Border officers at the Xa Mat gate on Monday received 48 Vietnamese citizens handed over by"
                 " the Cambodian side.",
                 "Border officers received 48 Vietnamese workers handed over by the Cambodian side on Monday."):
        assert ("REPATRIATED", "repatriation@2026-10-12", "VN", 48) in facts(run(text)), text


def test_people_among_those_an_act_took_on_a_day_are_that_days_act() -> None:
    """"Last month, 12 Malaysians were among some 240 foreign workers freed in X": the rescue is what
    the sentence tells, so it takes the sentence's month."""
    found = facts(run("Last month, 12 Malaysians were among some 240 foreign workers rescued from gangs in Myawaddy."))
    assert ("RESCUED", "rescue@2026-09", "MY", 12) in found


def test_clauses_between_semicolons_with_their_own_days_are_their_own_events() -> None:
    """"25 suspects were arrested on October 5; nine Thais were detained on October 6; and 30 people
    were arrested on October 7": three events, each on its day, each with its people."""
    batch = run("State television said 25 suspects, including five Thai citizens, were arrested on October 5; nine Thai"
                " citizens were detained on October 6; and 30 people, including 7 Laotians, were arrested on October 7.")
    told = events(batch)
    assert told["arrest@2026-10-05"]["count_arrested"] == 25 and told["arrest@2026-10-07"]["count_arrested"] == 30
    assert told["detention@2026-10-06"]["count_detained"] == 9
    assert {("ARRESTED", "arrest@2026-10-05", "TH", 5), ("ARRESTED", "arrest@2026-10-07", "LA", 7)} <= facts(batch)


def test_a_semicolon_between_clauses_without_days_of_their_own_keeps_one_sentence() -> None:
    batch = run("Police raided a casino in Bavet on Monday; they arrested 40 people, including 12 Chinese nationals.")
    assert events(batch)["raid@2026-10-12"]["count_arrested"] == 40


def test_what_was_done_next_to_all_of_the_counted_is_an_event() -> None:
    """"arrested 120 suspects, all of whom were deported": the deportation happened too."""
    batch = run("Lao police arrested 120 suspects in Bokeo on Monday, all of whom were deported to Thailand.")
    assert {"arrest@2026-10-12"} <= set(events(batch)) and any(k.startswith("deportation") for k in events(batch))


def test_collared_is_an_arrest() -> None:
    assert ("ARRESTED", "VN", 7) in counts_of("Detectives collared seven Vietnamese men in Pasay on Monday.")


def test_the_day_a_source_told_the_news_is_not_the_acts_day() -> None:
    """"..., three volunteers told Reuters on Thursday", "according to Xinhua news agency on Tuesday":
    the day of the telling, after the act's clause, gives the act no day."""
    told = events(run("Dozens of workers freed from compounds in Bokeo remain stranded in shelters, three volunteers"
                      " told Reuters on Wednesday."))
    assert set(told) == {"rescue@"}
    told = events(run("In all, 215 Thais accused of fraud have been sent home from Laos after being detained in Tonpheung,"
                      " according to the state news agency on Tuesday."))
    assert "detention@" in told and "detention@2026-10-13" not in told


def test_a_cardiac_arrest_is_no_arrest() -> None:
    told = events(run("The 24-year-old student died of cardiac arrest at a hospital in Kampot, police said on Monday."))
    assert not any(key.startswith("arrest") for key in told)


def test_a_plane_sent_to_carry_people_back_home_is_a_repatriation() -> None:
    told = events(run("Nepal sent a chartered plane on Monday to carry 85 Nepalis rescued from compounds in Myawaddy back home."))
    assert any(key.startswith("repatriation") for key in told)


def test_an_armed_group_or_the_military_that_hands_people_over_conducts_the_handover() -> None:
    batch = run("The Karen National Army handed over 55 foreigners to Thai authorities at the Friendship Bridge on"
                " Monday. The Border Guard Force transferred 40 foreigners to Thai authorities on Tuesday.")
    doers = {f[1] for f in facts(batch) if f[0] == "CONDUCTED"}
    assert {"Karen National Army", "Border Guard Force"} <= doers


def test_a_warning_to_anyone_who_does_something_is_no_act() -> None:
    """"Anyone who shelters the gangs will be arrested and prosecuted": a threat to no one in particular."""
    for text in ("Anyone who shelters the gangs in the district will be arrested and prosecuted, the army said.",
                 "The militia said on Monday that any group or person who transports foreigners will be detained.",
                 "Those who work for the bosses will be arrested, a spokesman warned."):
        assert not events(run(text)), text
    assert any(k.startswith("repatriation") for k in events(run("Police said 40 Thais who were freed were repatriated on Friday.")))


def test_suspects_referred_to_prosecutors_are_charged() -> None:
    """Korean and Japanese police "refer" suspects to prosecutors: the case goes to court, a charge."""
    told = events(run("Twelve Korean nationals flown home from Cambodia were referred to prosecutors on Monday, police said."))
    assert "charge@2026-10-12" in told


def test_a_second_infinitive_after_agreed_to_is_still_only_meant() -> None:
    """"agreed to share intelligence and launch joint crackdowns": no crackdown happened at the meeting."""
    told = events(run("At a meeting in Vientiane on Monday, the three ministers agreed to share intelligence and launch"
                      " joint crackdowns on telecom fraud."))
    assert not any(key.startswith("raid") for key in told)


def test_since_the_launch_of_an_operation_tells_a_time_not_a_raid() -> None:
    """"Since the launch of a special operation in 2023, gangs have moved ... A joint operation in
    Poipet led to the capture of 140 suspects": one raid, this one, not a raid of 2023."""
    told = events(run("Since the launch of a special operation by Thai police in 2023, the gangs have moved to new border"
                      " towns. A joint operation in Poipet led to the capture of 140 suspects."))
    assert not any(key.endswith("@2023") for key in told)


def test_an_officials_own_inspection_of_the_border_is_no_raid() -> None:
    told = events(run("During his inspection of the border at Mae Sot on Monday, the interior minister said the power cut"
                      " had hurt shops."))
    assert not any(key.startswith("raid") for key in told)


def test_officers_seizing_passports_after_an_arrest_seize_goods() -> None:
    told = events(run("Officers apprehended 90 Lao nationals on Monday and seized nearly 80 passports and 300 phones."))
    assert not any(key.startswith("kidnapping") for key in told)


def test_flying_home_people_is_sending_them_home() -> None:
    told = events(run("Nepal began flying home 62 citizens from Thailand on Monday after they left a compound in Myawaddy."))
    assert any(key.startswith("repatriation") for key in told)


def test_an_operation_described_as_difficult_or_high_level_is_the_act_told_before() -> None:
    told = events(run("The government rescued 16 Ghanaians from a compound in Myawaddy on Monday. Officials said it was a"
                      " difficult operation carried out with embassies in Egypt and India."))
    assert not any(key.startswith("raid") for key in told)


def test_an_operation_framing_the_sentence_takes_the_clauses_day() -> None:
    """"In a joint operation, soldiers detained 21 Laotians on Tuesday": the operation is Tuesday's act."""
    told = events(run("In a joint operation, soldiers and police detained 21 Laotians near the market on Tuesday."))
    assert any(key.endswith("@2026-10-13") for key in told)

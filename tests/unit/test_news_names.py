"""Places, people, organizations and agencies in generic sentences: the gazetteer's false hits,
landmarks, names cut at the right word, coordinated agencies."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_a_town_name_inside_a_persons_name_is_no_place() -> None:
    said = run("Ramon Dizon said the office had closed.")
    assert names(said, Label.LOCATION) == set() and names(said, Label.PERSON) == {"Ramon Dizon"}
    three_part = run("Li Liang Wei was arrested in Manila on Monday.")
    assert names(three_part, Label.LOCATION) == {"Manila"}
    assert names(three_part, Label.PERSON) == {"Li Liang Wei"}


def test_a_title_and_name_end_before_of_and_the_firm() -> None:
    batch = run("Manager Ramon Dizon of Golden Star Inc. was arrested on Monday.")
    assert not [n for n in names(batch, Label.ORGANIZATION) if "Dizon" in n]
    assert names(batch, Label.LOCATION) == set()


def test_a_continent_is_not_a_town() -> None:
    batch = run("Police raided a compound in Poipet on Monday. Such centres have spread across Asia.")
    assert names(batch, Label.LOCATION) == {"Poipet"}


def test_a_name_ends_before_a_day_or_month() -> None:
    batch = run("Police arrested Chen Zhi on Monday and Wang Lei in March.")
    assert {"Chen Zhi", "Wang Lei"} <= names(batch, Label.PERSON)
    assert not [n for n in names(batch, Label.PERSON) if "Monday" in n or "March" in n]


def test_inc_alone_is_no_organization() -> None:
    assert names(run("Inc. said it would cooperate with police."), Label.ORGANIZATION) == set()


def test_landmarks_are_whole_places_not_the_town_inside_them() -> None:
    batch = run("The victims were flown from Incheon International Airport after a raid near Bokor Mountain "
                "and in Barangay La Mesa on Monday.")
    places = {n.name: n.properties for n in batch.nodes.values() if n.label is Label.LOCATION}
    assert {"Incheon International Airport", "Bokor Mountain", "Barangay La Mesa"} <= set(places)
    assert not {"Incheon", "Bokor", "Mesa"} & set(places)
    assert places["Barangay La Mesa"]["country"] == "PH"
    assert places["Incheon International Airport"]["country"] == "KR"


def test_coordinated_countries_share_the_agency_word() -> None:
    batch = run("US and UK authorities sanctioned the network on Monday.")
    agencies = {n.name: n.properties.get("country") for n in batch.nodes.values() if n.label is Label.AGENCY}
    assert agencies == {"US authorities": "US", "UK authorities": "GB"}
    assert names(batch, Label.LOCATION) == set()
    assert {("CONDUCTED", "US authorities", "sanction@2026-10-12", None),
            ("CONDUCTED", "UK authorities", "sanction@2026-10-12", None)} <= facts(batch)


def test_a_relative_date_is_never_resolved_against_publication() -> None:
    batch = run("A week before, 40 workers were flown home to Jakarta. Three days earlier police had raided the site.")
    dated = events(batch)
    assert all(not key.split("@")[1] for key in dated), dated


def test_a_generic_agency_name_takes_the_country_the_story_is_in() -> None:
    batch = run("Police raided a compound in Kampong Speu province on Monday. The National Police said "
                "1,000 people were detained in Kampong Speu.")
    assert "Cambodian National Police" in names(batch, Label.AGENCY)


def test_lower_case_bodies_are_agencies() -> None:
    batch = run("The foreign ministry said on Monday that 30 workers were repatriated. "
                "Malaysia's interior ministry said 12 people were detained on Monday.")
    assert {"Foreign Ministry", "Malaysian Interior Ministry"} <= names(batch, Label.AGENCY)
    assert names(batch, Label.LOCATION) == set()


def test_an_acronym_in_brackets_and_later_is_the_same_node() -> None:
    batch = run("The Cyber Crime Investigation Group (CCIG) raided the hub on Monday. The CCIG said 40 were arrested.")
    assert names(batch, Label.AGENCY) == {"Cyber Crime Investigation Group"}  # police words: a state body
    assert names(batch, Label.ORGANIZATION) == set()
    firm = run("The Golden Lotus Group (GLG) ran the casino. GLG denied it.")
    assert names(firm, Label.ORGANIZATION) == {"Golden Lotus Group"}


def test_an_all_caps_subheading_names_nothing() -> None:
    batch = run("POLICE RAID JADE COMPOUND\nPolice raided a compound in Poipet on Monday.")
    assert names(batch, Label.SITE) == {"compound in Poipet"}


def test_an_unknown_name_before_a_place_word_is_a_place_and_they_nest() -> None:
    batch = run("The compound is in Trapeang Kol commune, Veal Sbov district, Kampong Speu province.")
    assert {"Trapeang Kol", "Veal Sbov", "Kampong Speu"} <= names(batch, Label.LOCATION)
    assert {("LOCATED_IN", "Trapeang Kol", "Veal Sbov", None), ("LOCATED_IN", "Veal Sbov", "Kampong Speu", None)} <= facts(batch)


def test_a_place_with_a_lower_case_agency_word_is_an_agency() -> None:
    batch = run("Tboung Khmum authorities raided a casino on Monday. Kong Pisei district police and Thai "
                "immigration authorities joined.")
    assert {"Tboung Khmum authorities", "Kong Pisei district police", "Thai immigration authorities"} <= names(batch, Label.AGENCY)


def test_unknown_names_in_a_list_of_places_are_places() -> None:
    closed = run("The workers came from Chitwan, Dailekh, Kathmandu and Tehrathum districts.")
    assert {"Chitwan", "Dailekh", "Kathmandu", "Tehrathum"} <= names(closed, Label.LOCATION)
    opened = run("The returnees belong to several states, including Kerala, Assam and West Bengal.")
    assert {"Kerala", "Assam", "West Bengal"} <= names(opened, Label.LOCATION)


def test_a_one_word_name_listed_with_a_known_place_after_in_is_a_place() -> None:
    batch = run("Police raided two houses in Odesa and Zolotonosha on Tuesday, with officers from Kazakhstan.")
    assert {"Odesa", "Zolotonosha"} <= names(batch, Label.LOCATION)
    assert ("OCCURRED_AT", "raid@2026-10-13", "Zolotonosha", None) in facts(batch)
    regions = run("The gangs recruit in Thailand and Asia, officials said, and hold workers in Laos.")
    assert "Asia" not in names(regions, Label.LOCATION)


def test_a_name_before_a_lower_case_landmark_word_is_that_landmark_not_a_person() -> None:
    batch = run("On Monday 112 workers were handed over at the Tay Trang border gate.")
    assert "Tay Trang" in names(batch, Label.LOCATION) and names(batch, Label.PERSON) == set()


def test_a_site_header_with_a_web_address_or_a_separator_names_no_organization() -> None:
    batch = run("Harbour News from harbournews.example\nPolice raid a compound in Poipet\n\n"
                "Edited News | Newsroom\nPolice raided a compound in Poipet on Monday.")
    assert names(batch, Label.ORGANIZATION) == set()


def test_a_byline_is_no_person_but_a_name_in_the_story_is() -> None:
    batch = run("By Mei Lanfang\n\nPolice arrested Zhou Wenbo in Poipet on Monday, police said.")
    assert names(batch, Label.PERSON) == {"Zhou Wenbo"}


def test_an_outlet_acronym_before_a_reporters_name_is_not_part_of_it() -> None:
    batch = run("In a report by TVX Maria Lourdes Reyes, 22 of those arrested were Chinese nationals.")
    assert names(batch, Label.PERSON) == {"Maria Lourdes Reyes"}


def test_a_family_name_written_in_capitals_stays_in_the_name() -> None:
    batch = run("Police arrested KIM Dong-hyun in Phnom Penh on Monday.")
    assert names(batch, Label.PERSON) == {"KIM Dong-hyun"}


def test_a_title_of_two_role_words_is_not_a_persons_name() -> None:
    from scamgraph.loaders.nlp import pipeline

    doc = pipeline()("The Deputy Director of the agency declined to comment.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == []


def test_a_name_after_a_media_noun_is_an_outlet() -> None:
    batch = run("The compound was named in a report by the independent news portal KDN last year.")
    assert names(batch, Label.ORGANIZATION) == {"KDN"}


def test_an_acronym_spoken_to_is_an_outlet_not_a_person() -> None:
    batch = run("\"We were beaten every day,\" one survivor told MNX on Friday.")
    assert names(batch, Label.ORGANIZATION) == {"MNX"}
    assert names(batch, Label.PERSON) == set()


def test_a_defined_acronym_spoken_to_stays_what_it_was_defined_as() -> None:
    batch = run("The Anti-Scam Bureau (ASB) said 40 were rescued. A victim told ASB he had been beaten.")
    assert names(batch, Label.ORGANIZATION) == set()
    assert names(batch, Label.AGENCY) == {"Anti-Scam Bureau"}


def test_a_name_before_flight_is_an_airline() -> None:
    batch = run("The workers flew home on a Sky Lanna flight from Chiang Mai on Sunday.")
    assert names(batch, Label.ORGANIZATION) == {"Sky Lanna"}


def test_a_name_holding_a_country_is_an_organization_when_an_apposition_says_so() -> None:
    batch = run("The findings of Freedom for Laos, a rights group based in Bangkok, were published on Monday.")
    assert "Freedom for Laos" in names(batch, Label.ORGANIZATION)


def test_an_outlet_reporting_scams_does_not_engage_in_them() -> None:
    batch = run("The casino was accused of human trafficking and online fraud by the news portal KDN.")
    assert not any(rel == "ENGAGED_IN" and who == "KDN" for rel, who, *_ in facts(batch))


def test_an_unknown_name_before_a_crossings_words_is_one_landmark() -> None:
    batch = run("The workers crossed at the Ban Huai Phueng checkpoint on Monday.")
    assert "Ban Huai Phueng checkpoint" in names(batch, Label.LOCATION)


def test_a_crossing_named_for_two_places_is_one_landmark() -> None:
    batch = run("The handover took place at the Boten-Bohan border crossing on Monday.")
    assert "Boten-Bohan border crossing" in names(batch, Label.LOCATION)
    assert "Boten" not in names(batch, Label.LOCATION)


def test_a_known_town_before_a_crossings_words_stays_the_town() -> None:
    batch = run("The victims were handed over at the Poipet checkpoint on Monday.")
    assert "Poipet" in names(batch, Label.LOCATION)


def test_an_administrative_suffix_is_no_part_of_an_unknown_places_name() -> None:
    batch = run("The suspects were flown to Chubu Airport in Gifu Prefecture on Monday.")
    assert "Gifu" in names(batch, Label.LOCATION)


def test_a_wire_credit_is_no_town() -> None:
    batch = run("BEIJING, Aug. 21 (Xinhua) -- Police in Yunnan arrested 40 people.")
    assert "Xinhua" not in names(batch, Label.LOCATION)


def test_a_line_that_is_only_an_organizations_name_is_a_masthead() -> None:
    batch = run("Mekong Reporters Association\n\nPolice raid a compound in Poipet\n\n"
                "Police raided a compound in Poipet on Monday, the Mekong Reporters Association said.")
    assert names(batch, Label.ORGANIZATION) == {"Mekong Reporters Association"}  # named by the story too
    masthead_only = run("Mekong Reporters Association\n\nPolice raided a compound in Poipet on Monday.")
    assert names(masthead_only, Label.ORGANIZATION) == set()


def test_a_region_or_a_union_of_states_is_never_a_person() -> None:
    batch = run("Forty Kenyans held in camps in Laos, Southeast Asia, since March remain there, the European Union said.")
    people = names(batch, Label.PERSON)
    assert "Southeast Asia" not in people and "European Union" not in people


def test_the_united_nations_and_its_rights_office_written_with_dots_are_known_bodies() -> None:
    batch = run("The U.N. Human Rights Office study came out on Friday, the United Nations said.")
    agencies = names(batch, Label.AGENCY)
    assert {"United Nations", "Office of the United Nations High Commissioner for Human Rights"} <= agencies
    assert "United Nations" not in names(batch, Label.PERSON)


def test_a_name_defined_with_its_own_initials_is_one_organization_and_so_is_its_acronym() -> None:
    batch = run("The men were arrested on Monday, Radio Free Borneo (RFB) reported. "
                "Police confirmed the arrests, RFB reported.")
    assert names(batch, Label.ORGANIZATION) == {"Radio Free Borneo"}


def test_a_demonym_or_a_body_before_a_thing_is_no_nationality_and_no_agency() -> None:
    batch = run("Police seized Chinese police uniforms on Monday at a hotel in the Cambodian tourist hub of Kampot.")
    assert "Chinese police" not in names(batch, Label.AGENCY)
    assert not names(batch, Label.NATIONALITY)


def test_agency_words_before_people_or_a_team_name_no_body() -> None:
    """"Thai military personnel", "Thai army and immigration officials", "a government response
    team": the words describe the people, so no agency is named; a body that is named stays."""
    personnel = run("The group met Thai military personnel near the river on Tuesday.")
    assert names(personnel, Label.AGENCY) == set()
    shared = run("They were received by Thai army and immigration officials at the border.")
    assert names(shared, Label.AGENCY) == set()
    team = run("A South Korean government response team flew to Vientiane on Friday.")
    assert names(team, Label.AGENCY) == set()
    body = run("Thai immigration authorities said 20 workers were deported on Friday.")
    assert names(body, Label.AGENCY) == {"Thai immigration authorities"}


def test_government_authorities_is_one_body() -> None:
    batch = run("Ten workers were rescued by the Laotian government authorities in Bokeo on Monday.")
    assert names(batch, Label.AGENCY) == {"Laotian government authorities"}


def test_names_listed_after_a_plural_place_word_and_of_are_places_even_a_given_names_town() -> None:
    places = names(run("Officers searched three flats in the districts of Barranco, San Isidro and Surquillo."),
                   Label.LOCATION)
    assert {"Barranco", "San Isidro", "Surquillo"} <= places


def test_a_rank_opening_a_persons_name_is_no_part_of_it() -> None:
    people = names(run("The militia is led by Colonel Saw Htoo and Major Aung Kyaw Min, a report said."), Label.PERSON)
    assert "Aung Kyaw Min" in people
    assert not [name for name in people if name.startswith("Major")]


def test_a_suburb_or_a_neighbourhood_word_makes_the_unknown_names_it_closes_or_opens_places() -> None:
    places = names(run("Police raided six houses in the suburbs of Kleinfeld, Olympia and Ludwigsdorf in the capital, "
                       "and a flat in the Rosebank neighbourhood."), Label.LOCATION)
    assert {"Kleinfeld", "Olympia", "Ludwigsdorf", "Rosebank"} <= places

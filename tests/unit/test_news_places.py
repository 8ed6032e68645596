"""Places in generic sentences: what lies in what, as the text states it."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_town_told_in_its_country_and_in_its_province_lies_in_the_province() -> None:
    batch = run("Officials met in Poipet, Cambodia on Monday. Poipet, in Banteay Meanchey province, Cambodia, "
                "is a border town.")
    nesting = {(f[1], f[2]) for f in facts(batch) if f[0] == "LOCATED_IN"}
    assert ("Poipet", "Banteay Meanchey") in nesting and ("Banteay Meanchey", "Cambodia") in nesting
    assert ("Poipet", "Cambodia") not in nesting


def test_an_airport_named_in_a_town_and_its_province_lies_in_the_town() -> None:
    batch = run("Chubu Airport in Aichi Prefecture was busy. The plane landed at Chubu Airport in Tokoname, "
                "Aichi Prefecture on Monday.")
    nesting = {(f[1], f[2]) for f in facts(batch) if f[0] == "LOCATED_IN"}
    assert nesting == {("Chubu Airport", "Tokoname"), ("Tokoname", "Aichi")}


def test_a_described_compound_later_named_is_one_site() -> None:
    batch = run("Police raided a gated complex in Kampong Speu province on Monday. Reports had named the "
                "Kampong Speu compound, known as Orchid Park, as a scam hub. Officers worked at the complex in "
                "Ang Popel commune.")
    sites = {n.name for n in batch.nodes.values() if n.label is Label.SITE}
    assert sites == {"Orchid Park"}
    assert ("OCCURRED_AT", "raid@2026-10-12", "Orchid Park", None) in facts(batch)
    assert ("LOCATED_IN", "Orchid Park", "Ang Popel", None) in facts(batch)


def test_the_compound_in_another_town_is_another_site() -> None:
    batch = run("Police raided a compound in Bavet on Monday. On Tuesday they raided the compound in Poipet.")
    sites = {n.name for n in batch.nodes.values() if n.label is Label.SITE}
    assert sites == {"compound in Bavet", "compound in Poipet"}


def test_a_count_of_scams_reported_is_a_statistic_not_a_sites_business() -> None:
    statistic = run("The channel that aired the story about Orchid Park said the number of employment scams "
                    "reported to the embassy has surged.")
    assert not [f for f in facts(statistic) if f[0] == "ENGAGED_IN"]
    finding = run("Workers at Orchid Park were forced to run employment scams.")
    assert ("ENGAGED_IN", "Orchid Park", "job scam", None) in facts(finding)


def test_a_described_site_keeps_the_noun_saying_what_kind_it_is_and_the_place_as_written() -> None:
    batch = run("Police raided a plaza compound in Poi Pet, a crime complex in Bavet and a casino complex in Bokeo "
                "on Monday.")
    sites = {n.name for n in batch.nodes.values() if n.label is Label.SITE}
    assert sites == {"plaza compound in Poi Pet", "complex in Bavet", "casino complex in Bokeo"}
    assert ("LOCATED_IN", "plaza compound in Poi Pet", "Poipet", None) in facts(batch)
    rated = run("Police raided a five-star hotel in Sihanoukville on Monday.")
    assert {n.name for n in rated.nodes.values() if n.label is Label.SITE} == {"hotel in Sihanoukville"}


def test_a_title_case_headline_does_not_make_its_words_part_of_a_landmark() -> None:
    batch = run("Workers Escape Compound Across Salween River\nWorkers escaped on Monday.")
    places = names(batch, Label.LOCATION)
    assert "Salween River" in places
    assert not [p for p in places if "Escape" in p]


def test_a_village_written_with_its_village_word_is_one_place() -> None:
    batch = run("The group reached Baan Huay Kok in Tak on Monday.")
    assert "Baan Huay Kok" in names(batch, Label.LOCATION)
    assert "Huay Kok" not in names(batch, Label.LOCATION)


def test_a_part_of_the_world_named_with_a_place_word_is_no_location() -> None:
    batch = run("Recruiters target job seekers across the wider South Asian region and Pacific Island states.")
    places = names(batch, Label.LOCATION)
    assert not [p for p in places if "Asian" in p or "Pacific" in p]


def test_a_city_owning_an_agency_is_no_place_of_the_story() -> None:
    batch = run("Officers of Hanoi's Ministry of Public Security met Thai police in Mae Sot on Monday.")
    places = names(batch, Label.LOCATION)
    assert "Hanoi" not in places and "Mae Sot" in places


def test_money_and_parts_of_the_world_named_by_a_country_word_are_no_locations() -> None:
    batch = run("The compounds earn millions of U.S. dollars; recruits come from as far as South America.")
    assert names(batch, Label.LOCATION) == set()


def test_a_hyphenated_sub_district_is_a_place_inside_its_district() -> None:
    batch = run("Soldiers patrolled near Nong Bua sub-district, Mae Sot district, on Monday.")
    assert "Nong Bua" in names(batch, Label.LOCATION)
    assert ("LOCATED_IN", "Nong Bua", "Mae Sot", None) in facts(batch)


def test_an_indian_state_is_a_province_of_india() -> None:
    batch = run("Two brothers from Madhya Pradesh were rescued from the compound on Monday.")
    place = next(n for n in batch.nodes.values() if n.label is Label.LOCATION and n.name == "Madhya Pradesh")
    assert place.properties["country"] == "IN"


def test_a_fraud_den_in_a_city_is_a_described_site() -> None:
    batch = run("Police dismantled a gambling fraud den in Sihanoukville on Friday.")
    assert "den in Sihanoukville" in names(batch, Label.SITE)
    assert ("LOCATED_IN", "den in Sihanoukville", "Sihanoukville", None) in facts(batch)


def test_a_landmarks_number_is_part_of_its_name_but_a_year_is_not() -> None:
    batch = run("The men were handed over at River Crossing Bridge No. 3 on Monday and the rest at Friendship Bridge 2.")
    places = names(batch, Label.LOCATION)
    assert {"River Crossing Bridge No. 3", "Friendship Bridge 2"} <= places
    later = run("Traffic at the Friendship Bridge 2024 figures fell.")
    assert "Friendship Bridge 2024" not in names(later, Label.LOCATION)


def test_a_township_of_a_state_is_two_places_one_inside_the_other() -> None:
    batch = run("Troops entered Hlaing Bwe Township of Shan State on Monday.")
    assert "Hlaing Bwe" in names(batch, Label.LOCATION)
    assert ("LOCATED_IN", "Hlaing Bwe", "Shan", None) in facts(batch)


def test_a_known_towns_airport_is_a_landmark_of_its_own() -> None:
    batch = run("The team landed at Tachileik airport on Friday.")
    assert "Tachileik airport" in names(batch, Label.LOCATION)


def test_a_zone_written_with_sez_is_the_special_economic_zone_site_not_a_place() -> None:
    batch = run("Police raided the Kings Romans Special Economic Zone (SEZ) on Monday. "
                "Another 40 were held in the Kings Romans SEZ on Tuesday.")
    assert names(batch, Label.SITE) == {"Kings Romans Special Economic Zone"}
    assert "Kings Romans" not in names(batch, Label.LOCATION)


def test_a_country_that_owns_the_next_agency_is_no_parent_of_the_place_before_the_comma() -> None:
    batch = run("The suspects were deported via Wattay Airport, Laos’ Public Security Bureau said on Monday.")
    assert not any(rel == "LOCATED_IN" for rel, *_ in facts(batch))


def test_a_place_near_another_does_not_lie_in_it() -> None:
    batch = run("The plane left Techo International Airport near Phnom Penh on Monday.")
    assert not any(rel == "LOCATED_IN" for rel, *_ in facts(batch))


def test_a_hub_of_a_town_is_the_town_itself_not_a_site() -> None:
    batch = run("The gang owns a bar in the Thai tourist hub of Pattaya, police said on Monday.")
    assert not any("hub" in name for name in names(batch, Label.SITE))


def test_a_country_named_only_as_a_government_that_acts_is_no_place() -> None:
    batch = run("Police detained 40 workers in Poipet on Monday in cooperation with Vietnam, at Laos's request. "
                "The raid came under pressure from Japan and Nepal. Until Ghana provides flights, they stay.")
    places = {n.name for n in batch.nodes.values() if n.label is Label.LOCATION}
    assert "Poipet" in places
    assert not {"Vietnam", "Laos", "Japan", "Nepal", "Ghana"} & places


def test_a_country_that_acts_and_is_also_a_place_stays_a_place() -> None:
    batch = run("Police worked in cooperation with Vietnam. The workers were flown to Vietnam on Monday.")
    assert "Vietnam" in {n.name for n in batch.nodes.values() if n.label is Label.LOCATION}


def test_a_site_in_a_countrys_province_lies_in_the_province() -> None:
    batch = run("Nine workers held in a scam centre in Myanmar's Shan state were rescued on Sunday.")
    sites = {n.name for n in batch.nodes.values() if n.label is Label.SITE}
    assert sites == {"centre in Shan"}
    assert ("LOCATED_IN", "centre in Shan", "Shan", None) in facts(batch)


def test_the_same_kind_of_site_told_again_in_a_larger_place_is_the_same_site() -> None:
    batch = run("Workers held in an online scam centre in Myanmar's Shan state were rescued on Sunday. "
                "A broker had sold the group to the scam centre in Myanmar.")
    sites = {n.name for n in batch.nodes.values() if n.label is Label.SITE}
    assert sites == {"centre in Shan"}


def test_a_hotel_in_another_town_is_still_another_hotel() -> None:
    batch = run("Police raided a hotel in Bavet on Monday. On Tuesday they raided the hotel in Poipet.")
    sites = {n.name for n in batch.nodes.values() if n.label is Label.SITE}
    assert sites == {"hotel in Bavet", "hotel in Poipet"}


def test_a_capital_in_apposition_lies_in_what_it_is_the_capital_of() -> None:
    told_after = run("Police raided the Jade Hotel in Sihanoukville, a seaside city and the capital of "
                     "Preah Sihanouk province, on Monday.")
    assert ("LOCATED_IN", "Sihanoukville", "Preah Sihanouk", None) in facts(told_after)
    told_before = run("The suspects flew home from Cambodia's capital, Phnom Penh, on Monday.")
    assert ("LOCATED_IN", "Phnom Penh", "Cambodia", None) in facts(told_before)


def test_a_place_in_a_countrys_province_lies_in_the_province() -> None:
    district = run("The militia handed 180 captives to officers in the Mae Sot district of Thailand's Tak "
                   "province on Monday.")
    nesting = {(f[1], f[2]) for f in facts(district) if f[0] == "LOCATED_IN"}
    assert nesting == {("Mae Sot", "Tak"), ("Tak", "Thailand")}
    airport = run("The plane landed in Xuzhou Guanyin International Airport in China's Jiangsu Province.")
    assert ("LOCATED_IN", "Xuzhou Guanyin International Airport", "Jiangsu", None) in facts(airport)


def test_money_mules_and_hyphenated_crypto_fraud_are_scam_types() -> None:
    batch = run("Two men involved in money mule offences were arrested on Monday. The gangs ran schemes "
                "ranging from online gambling to crypto-fraud.")
    assert {"money laundering", "crypto fraud", "online gambling"} <= names(batch, Label.SCAM_TYPE)


def test_an_unlisted_name_placed_in_a_known_town_is_a_place_in_it() -> None:
    batch = run("Seven were held at a detention facility in Tibag Dos, Taguig. The camp lies next to "
                "Nong Wai in Kanchanaburi Province.")
    nesting = {(f[1], f[2]) for f in facts(batch) if f[0] == "LOCATED_IN"}
    assert {("Tibag Dos", "Taguig"), ("Nong Wai", "Kanchanaburi")} <= nesting


def test_an_unlisted_name_a_person_works_at_is_no_place() -> None:
    batch = run("He worked at Golden Lotus in Phnom Penh.")
    assert "Golden Lotus" not in {n.name for n in batch.nodes.values() if n.label is Label.LOCATION}


def test_a_hill_named_with_its_head_is_one_landmark_not_the_area_it_is_in() -> None:
    batch = run("Police arrested 59 suspects at Bokor Hill, Kampot Province, on Monday.")
    places = {n.name for n in batch.nodes.values() if n.label is Label.LOCATION}
    assert "Bokor Hill" in places and "Bokor" not in places


def test_an_apposition_that_describes_a_place_or_group_says_where_it_lies() -> None:
    batch = run("Police freed 90 people from Jade Park, a Thai casino town in the Mehtawthalay village, "
                "on Monday. The Lantern Foundation, a relief organization based in Myanmar, gave them food.")
    nesting = {(f[1], f[2]) for f in facts(batch) if f[0] == "LOCATED_IN"}
    assert {("Jade Park", "Mehtawthalay"), ("Lantern Foundation", "Myanmar")} <= nesting


def test_a_person_described_as_a_resident_of_a_town_is_not_placed_by_the_rule() -> None:
    batch = run("Police met Somchai Rakdee, a resident of Bangkok, in Phnom Penh on Monday.")
    assert not [f for f in facts(batch) if f[0] == "LOCATED_IN"]

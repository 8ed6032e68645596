"""Where acts happen and where places lie (session 55; made-up names, places and numbers):
- "searched an office in central Lotville", "held 20 in northern Marrowland": a word of a part of
  the place between the preposition and its name leaves the act in the place;
- "the fighting in northern Marrowland" names where a war goes on, the cause told beside an act,
  not where the act happened;
- "in Ban Rak subdistrict, Lotmuang district": a subdistrict lies in the district named after it,
  though both read as districts;
- "arrested four at a hotel in Sok Noi ... they had fled the Orchid Park compound": a hotel people
  stay at on their way is not the one compound the story names;
- "Kampot, a province in southern Cambodia", "Kasoa, a suburb of Accra": a place described in
  apposition lies in the country past a word of its part, and in the town it is a suburb of."""

from tests.unit.test_news_extraction import facts, run


def _places(found: set) -> set[tuple[str, str, str]]:
    return {(r, s, t) for r, s, t, _ in found if r in {"OCCURRED_AT", "LOCATED_IN"}}


def test_a_part_of_the_town_leaves_the_act_in_the_town() -> None:
    found = _places(facts(run("Investigators on Friday searched an office in central Batumi and arrested "
                              "14 Georgian nationals.")))
    assert ("OCCURRED_AT", "raid@2026-10-09", "Batumi") in found, found
    found = _places(facts(run("Soldiers arrested 31 Kenyan nationals in northern Ranong last week.")))
    assert {f for f in found if f[0] == "OCCURRED_AT"} == {("OCCURRED_AT", "arrest@2026-10-05/2026-10-11", "Ranong")}, found


def test_the_place_of_a_war_told_beside_a_rescue_is_not_the_rescues() -> None:
    found = _places(facts(run("Thirty Malaysians were rescued from Laukkaing last month. The rescue became urgent "
                              "because of the fighting in northern Myanmar, where rebel groups had seized several towns.")))
    assert not {f for f in found if f[0] == "OCCURRED_AT" and f[2] == "Myanmar"}, found
    found = _places(facts(run("The rescue mission grew urgent with the spread of clashes in Myanmar, where rebel "
                              "groups had seized several towns.")))
    assert not {f for f in found if f[0] == "OCCURRED_AT"}, found


def test_a_subdistrict_lies_in_the_district_named_after_it() -> None:
    found = _places(facts(run("Rangers arrested six Chinese nationals near a farm in Nong Prue subdistrict, "
                              "Aranyaprathet district, Sa Kaeo province, on Tuesday.")))
    assert ("LOCATED_IN", "Nong Prue", "Aranyaprathet") in found, found
    assert ("LOCATED_IN", "Aranyaprathet", "Sa Kaeo") in found, found
    found = _places(facts(run("Police arrested five Laotians in Ban Rak sub-district, Lotmuang district.")))
    assert ("LOCATED_IN", "Ban Rak", "Lotmuang") in found, found
    # (two districts in a row are a list, neither in the other)
    found = _places(facts(run("Police arrested five Laotians in Ban Rak district, Lotmuang district.")))
    assert not {f for f in found if f[0] == "LOCATED_IN"}, found


def test_a_hotel_on_the_way_is_not_the_compound_the_story_names() -> None:
    found = _places(facts(run("Tourist police arrested four Chinese nationals at a hotel in Sok Noi subdistrict of "
                              "Chiang Rai on Monday. They said they had fled the Orchid Park compound across the border.")))
    assert ("OCCURRED_AT", "arrest@2026-10-12", "hotel in Sok Noi") in found, found
    assert ("LOCATED_IN", "hotel in Sok Noi", "Sok Noi") in found, found
    assert ("OCCURRED_AT", "arrest@2026-10-12", "Orchid Park") not in found, found
    assert ("LOCATED_IN", "Orchid Park", "Sok Noi") not in found, found


def test_a_province_described_in_a_part_of_its_country() -> None:
    found = _places(facts(run("The gang ran its call centres in Kampot, a province in southern Cambodia, "
                              "officials said.")))
    assert ("LOCATED_IN", "Kampot", "Cambodia") in found, found


def test_a_suburb_lies_in_its_town() -> None:
    found = _places(facts(run("Officers freed 40 people from a network based in Kasoa, a suburb of Accra.")))
    assert ("LOCATED_IN", "Kasoa", "Accra") in found, found
    # (a town described by its size lies in nothing)
    found = _places(facts(run("Officers freed 40 people from a network based in Kasoa, a town of 20,000 people.")))
    assert not {f for f in found if f[0] == "LOCATED_IN"}, found

"""Places and sites from made-up reporting in many countries' styles (session 56; made-up people,
numbers and sentences; real towns only where the gazetteer must know them):
- datelines with the wire or the province in brackets before the date ("Kampot (KX), May 3 –",
  "Mae Sot (Tak), May 3 -"), a bar for the dash ("Kampala, Uganda |"), two hyphens touching the lead
  ("Tokyo, May 3 (KX)--Police"), two cities filed from ("Yangon/Bangkok, May 3 (KX) -"): no place;
- a country's or a town's name given to a person, set off by an age or a description ("Chad Vorley,
  an American,", "Israel Ramos, a driver,"): a person, no place;
- "Special Region 4" names no place "Special"; "Velmora Dai Autonomous Prefecture" is Velmora, and
  "Tibet Autonomous Region" Tibet;
- an accord named for a town ("the Bali Process") and a sea named for a country ("the Gulf of
  Thailand") name neither place;
- a sentence that opens on a participle of the people's past ("Recruited in X ..., the men were
  freed in Y") gives X to that past, not to the rescue;
- "Ghana's capital Accra" (no comma) places the capital in its country."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _places(text: str) -> set[str]:
    batch = run(text)
    return names(batch, Label.LOCATION) | names(batch, Label.SITE)


def test_a_dateline_with_its_wire_in_brackets_before_the_date_names_no_place() -> None:
    places = _places("Phnom Penh (KX), May 3 – Officers held 25 Vietnamese nationals at a rented house in Kampot on "
                     "Friday.")
    assert "Phnom Penh" not in places and "Kampot" in places, places
    places = _places("Mae Sot (Tak), May 3 - Rangers took in 61 Ethiopians at a checkpoint on the Moei River.")
    assert not {"Mae Sot", "Tak"} & places, places


def test_a_dateline_closed_by_a_bar_names_no_place() -> None:
    places = _places("Kampala, Uganda | Sixteen Ugandans tricked into going to Myanmar by fake offers have come home, "
                     "the ministry said.")
    assert not {"Kampala", "Uganda"} & places and "Myanmar" in places, places


def test_a_dateline_whose_two_hyphens_touch_the_lead_names_no_place() -> None:
    places = _places("Tokyo, May 3 (KX)--Officers held three Japanese men sent back from Cambodia.")
    assert "Tokyo" not in places and "Cambodia" in places, places


def test_a_dateline_of_two_cities_names_neither() -> None:
    places = _places("Phnom Penh/Bangkok, May 3 (KX) - Officers held 40 people in Pattaya on Friday.")
    assert not {"Phnom Penh", "Bangkok"} & places and "Pattaya" in places, places


def test_a_dateline_in_a_sentence_with_a_bracketed_aside_is_no_dateline() -> None:
    """(guard: passes on the start code too) a place and its bracket opening a sentence that a full
    stop ends is the story's place."""
    places = _places("Officers in a picture.\nBavet (Svay Rieng), where the casino stood, was quiet. Police held 40 "
                     "people there on Friday.")
    assert "Bavet" in places, places


def test_a_country_given_as_a_first_name_with_an_apposition_is_a_person() -> None:
    batch = run("Chad Vorley, an American, was among 41 foreigners held in the raid on Friday.")
    assert "Chad" not in names(batch, Label.LOCATION), names(batch, Label.LOCATION)
    assert "Chad Vorley" in names(batch, Label.PERSON), names(batch, Label.PERSON)
    batch = run("India Harrow, a British national, was held with 30 others in Bavet on Friday.")
    assert "India" not in names(batch, Label.LOCATION) and "Bavet" in names(batch, Label.LOCATION)
    batch = run("Victims included Jordan Pike, 26, and Chad Vorley, 31, the embassy said.")
    assert "Chad" not in names(batch, Label.LOCATION), names(batch, Label.LOCATION)


def test_a_given_name_and_a_family_name_both_towns_are_one_person() -> None:
    batch = run("Israel Ramos, a driver, was held with 20 Chinese nationals on Friday.")
    assert not {"Israel", "Ramos"} & names(batch, Label.LOCATION), names(batch, Label.LOCATION)
    assert "Israel Ramos" in names(batch, Label.PERSON), names(batch, Label.PERSON)


def test_a_country_a_day_and_an_apposition_stay_a_place() -> None:
    """(guard: passes on the start code too) "in Laos Friday, a spokesman said": a place, then a day."""
    assert "Laos" in _places("Police held 20 people in Laos Friday, a spokesman said.")


def test_a_special_region_with_its_number_names_no_place() -> None:
    places = _places("Compounds in Mong La, Special Region 4, were raided on Friday and 300 people held.")
    assert "Special" not in places and "Mong La" in places, places


def test_an_autonomous_prefecture_is_named_without_its_peoples() -> None:
    places = _places("Police in Jinghong city, Velmora Dai Autonomous Prefecture, held 30 suspects on Friday.")
    assert "Velmora" in places and "Velmora Dai Autonomous" not in places, places
    places = _places("Police in Tibet Autonomous Region held four people on Friday.")
    assert "Tibet" in places and "Tibet Autonomous" not in places, places


def test_an_accord_named_for_a_town_names_no_place() -> None:
    assert "Bali" not in _places("Ministers at the Bali Process meeting spoke of the compounds on Friday.")


def test_a_sea_named_for_a_country_names_no_place() -> None:
    places = _places("The boat was stopped in the Gulf of Thailand on Friday with 40 Cambodians aboard.")
    assert "Thailand" not in places, places


def test_a_participle_opening_the_sentence_keeps_its_place_from_the_rescue() -> None:
    found = facts(run("Recruited in Kathmandu with offers of hotel work, the nine men were freed in Laos on Friday."))
    assert not any(r == "OCCURRED_AT" and t == "Kathmandu" for r, _s, t, _c in found), found
    found = facts(run("Born in Kandy, the 30-year-old cook was rescued in Myawaddy on Friday."))
    assert not any(r == "OCCURRED_AT" and t == "Kandy" for r, _s, t, _c in found), found
    assert any(r == "OCCURRED_AT" and t == "Myawaddy" for r, _s, t, _c in found), found


def test_the_events_own_participle_opening_the_sentence_keeps_its_place() -> None:
    """(guard: passes on the start code too)"""
    found = facts(run("Arrested in Manila on Tuesday, the two recruiters had sent 40 people to Cambodia."))
    assert any(r == "OCCURRED_AT" and t == "Manila" for r, _s, t, _c in found), found


def test_a_capital_after_its_countrys_possessive_lies_in_it() -> None:
    found = facts(run("The 23 Ghanaians landed in Ghana's capital Accra on Friday."))
    assert ("LOCATED_IN", "Accra", "Ghana", None) in found, found

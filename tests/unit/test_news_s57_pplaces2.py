"""Places of acts and places inside places, from made-up reporting (session 57; made-up people,
numbers and sentences; real towns only where the gazetteer must know them):
- "rescued last month in X, were flown from Y": Y is the flight's, not the rescue's (a participle
  of carrying that ends in no "-ed", after "were", opens another predicate);
- "arrested in X, a resort city south of Y", "a town across the river from Y": Y is named to say
  where X lies and is no place of the act;
- "ran a compound in X until his arrest in Y": a site before the act's word is another verb's
  where the act names its own place right after it;
- "X, a village in Zorvania's Y state" places X in Y, not in the owner."""

from tests.unit.test_news_extraction import facts, run


def _occurred(text: str) -> set[str]:
    return {t for r, _s, t, _c in facts(run(text)) if r == "OCCURRED_AT"}


def test_a_rescue_told_in_an_aside_keeps_its_place_from_the_flight() -> None:
    places = _occurred("The 57 Ugandans, rescued last month in Myawaddy, were flown from Bangkok to Entebbe on Sunday.")
    assert "Bangkok" not in places and "Myawaddy" in places, places
    places = _occurred("The Kenyans rescued in Myawaddy last week were sent home on Friday from Bangkok.")
    assert "Bangkok" not in places, places


def test_a_place_measured_from_names_no_place_of_the_act() -> None:
    places = _occurred("Thai police said the suspect Wen Taolin was arrested in Pattaya on Friday, a resort city "
                       "south of Bangkok.")
    assert places == {"Pattaya"}, places
    places = _occurred("The women were rescued on Friday in Tachileik, a town across the river from Mae Sai.")
    assert places == {"Tachileik"}, places


def test_a_part_of_a_place_with_its_article_stays_the_acts() -> None:
    """(guard: passes on the start code too) "in the south of X" is inside X."""
    assert "Laos" in _occurred("Police raided a casino in the south of Laos on Friday and held 31 people.")


def test_a_site_before_an_act_that_names_its_own_place_is_anothers() -> None:
    found = facts(run("Born in Yangon, Ko Lin Tar ran a compound in Myawaddy until his arrest in Bangkok on Friday."))
    places = {t for r, s, t, _c in found if r == "OCCURRED_AT" and s.startswith("arrest")}
    assert places == {"Bangkok"}, places


def test_a_site_of_the_acts_own_clause_stays() -> None:
    """(guard: passes on the start code too)"""
    places = _occurred("Police raided a casino in Bavet on Friday and held 32 Chinese at the Golden Wren hotel in "
                       "Poipet.")
    assert {"casino in Bavet", "Golden Wren hotel"} <= places, places


def test_a_village_in_a_countrys_state_lies_in_the_state() -> None:
    found = facts(run("The 19 victims were held in Lay Kay Kaw, a village in Myanmar's Karen state."))
    assert ("LOCATED_IN", "Lay Kay Kaw", "Karen", None) in found, found
    assert ("LOCATED_IN", "Lay Kay Kaw", "Myanmar", None) not in found, found

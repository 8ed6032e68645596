"""Places inside a false identity ("posing as students in Atlantis and Ruritania", "posing as a
designer living in Freedonia") belong to the mask, not to the story (audit 18 page s01, audit
page o07). A line break ends the look-back (a headline above a dateline), and a claim ("claimed
to be travelling to <city>") is left alone. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_countries_of_a_fake_persona_are_no_places() -> None:
    places = _locations("Police in Hanoi arrested eight suspects on Monday. The ring used fake accounts, posing as "
                        "young teachers working in Canada, Germany and Italy, to befriend wealthy men.")
    assert not {"Canada", "Germany", "Italy"} & places and "Hanoi" in places


def test_a_city_of_a_fake_persona_is_no_place() -> None:
    assert "Lisbon" not in _locations("The recruiter, pretending to be a nurse living in Lisbon, lured 12 young men online.")


def test_a_place_after_a_line_break_is_not_in_the_mask() -> None:
    places = _locations("Gangs posing as online employers\nIn Nairobi, police arrested four recruiters on Monday.")
    assert "Nairobi" in places


def test_a_claimed_trip_keeps_its_place() -> None:
    assert "Bangkok" in _locations("The four claimed to be travelling to Bangkok on holiday, but were bound for a compound.")


def test_the_place_of_the_people_a_mask_lures_stays_a_place() -> None:
    places = _locations("For a year he ran scripts, posing as a rich widower to lure women in Australia into fake investments.")
    assert "Australia" in places


def test_a_place_after_the_verb_of_a_sting_stays_a_place() -> None:
    places = _locations("Officers posing as buyers raided a house in Kampot on Monday and arrested 12 Thai nationals.")
    assert "Kampot" in places

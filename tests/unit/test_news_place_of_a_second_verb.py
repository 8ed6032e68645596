"""A place told after a second verb joined by "and" is that verb's, not the event word's before it
("escaped from the camp and hid in Mandalay", "were freed by soldiers and handed back at the
border gate"), as a place after "is escorted" already was (grammar: the place belongs to the
nearest verb's phrase; fresh4 89, corpus court story, audit c13 and l22)."""

from tests.unit.test_news_extraction import facts, run


def _places(text: str, kind: str) -> set[str]:
    return {place for rel, event, place, _count in facts(run(text)) if rel == "OCCURRED_AT" and event.startswith(kind)}


def test_the_place_of_the_hiding_is_not_the_escapes() -> None:
    assert "Mandalay" not in _places("One Nepali worker escaped from the compound and hid in Mandalay for weeks.",
                                     "escape")


def test_the_place_of_the_handover_is_not_the_rescues() -> None:
    found = _places("Nine Laotians were freed by soldiers in Myawaddy and later handed back at the Mae Sot "
                    "border checkpoint.", "rescue")
    assert "Myawaddy" in found
    assert not any("Mae Sot" in place for place in found)


def test_a_place_right_after_the_event_word_stays() -> None:
    assert "Mandalay" in _places("One Nepali worker was freed in Mandalay and hid for weeks.", "rescue")


def test_what_a_raid_found_there_places_the_raid() -> None:
    assert "Poipet" in _places("Police raided a casino on Monday and discovered 40 Thai workers in Poipet.", "raid")

"""A rescue told with the journey home that followed it shares its auxiliary ("were freed by the
army and flown back on Friday"): the day told after the journey is the journey's, the rescue came
before it and stays undated (grammar; fresh5 104, dev 35; the same reading with an auxiliary of
its own, "and have returned home today", was audit 9's j08). A bracketed day closed by a colon at
the head of the story ("KUCHING (May 10): ...") is a dateline, the day the story was filed."""

from datetime import date

from tests.unit.test_news_extraction import events, run


def test_a_rescue_joined_to_the_flight_home_keeps_no_day_of_the_flight() -> None:
    found = events(run("Nineteen Kenyans held in a compound near the border were freed by soldiers and flown "
                       "back to Nairobi on Friday.", published=date(2024, 6, 9)))
    assert "rescue@" in found
    assert "repatriation@2024-06-07" in found


def test_a_rescue_with_a_day_of_its_own_keeps_it() -> None:
    found = events(run("Nineteen Kenyans were freed by soldiers on Friday.", published=date(2024, 6, 9)))
    assert "rescue@2024-06-07" in found


def test_a_bracketed_day_atop_the_story_is_its_dateline() -> None:
    found = events(run("IPOH (June 9): Police raided an office tower in the city and arrested eleven men, "
                       "the state police chief said.", published=date(2024, 6, 12)))
    assert "raid@2024-06-09" not in found


def test_a_rescue_joined_to_a_move_that_is_no_journey_home_keeps_its_day() -> None:
    found = events(run("Nineteen Kenyans were freed by soldiers and sent to a shelter in Mae Sot on Friday.",
                       published=date(2024, 6, 9)))
    assert "rescue@2024-06-07" in found

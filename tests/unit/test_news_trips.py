"""A trip is anyone's journey: it is an official visit only where a body or an official makes it,
not where the only name is a victim's."""

from tests.unit.test_news_extraction import events, run


def test_victims_on_a_trip_make_no_visit() -> None:
    assert not events(run("Joining her and Linh on the trip six weeks ago were a few other Laotians "
                          "aged 22-28."))


def test_an_official_on_a_trip_makes_a_visit() -> None:
    assert any(e.startswith("visit@") for e in events(run("Interior Minister Sar Kheng made a trip to "
                                                            "Sihanoukville on Monday.")))


def test_a_named_person_visiting_is_still_a_visit() -> None:
    assert any(e.startswith("visit@") for e in events(run("Santo Darmosumarto visited the shelter in Phnom Penh "
                                                            "on Thursday.")))

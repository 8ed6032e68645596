"""A link to another story that a page sets on a line of its own, its heading and a colon before the
headline ("Also read: <headline>", "READ MORE: <headline>"): the headline is other news, so its
places, people and events are none of this story's (audit 37 pages n04 and n06, audit 35 page l04,
audit 33 page j07). Headlines listed under a heading of other stories ("Popular") were already
dropped for their names; now their event words make no event either (development text 170)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, names, run

_STORY = "The border agency said on Friday that 14 Kenyans had been sent home from Laos.\n\n"


def test_an_inline_also_read_line_names_no_place_and_tells_no_event() -> None:
    text = _STORY + "Also read: Fishermen lost at sea for a week near Tasmania, one found dead\n\n" \
        "The agency's spokesman spoke to reporters in Pakse.\n"
    graph = run(text)
    assert "Tasmania" not in names(graph, Label.LOCATION)
    assert not [key for key in events(graph) if key.startswith("death")]
    assert "Pakse" in names(graph, Label.LOCATION)


def test_the_heading_in_capitals_or_after_a_bullet_is_the_same() -> None:
    for line in ("READ MORE: Flood waters reach the old town of Tasmania\n",
                 "• See also: Flood waters reach the old town of Tasmania\n",
                 "Read Also: Flood waters reach the old town of Tasmania\n"):
        assert "Tasmania" not in names(run(_STORY + line), Label.LOCATION)


def test_a_headline_listed_under_popular_makes_no_event() -> None:
    text = _STORY + "Popular\n\nSinger sentenced to three years for tax fraud in Vienna\n\n" \
        "Storm damages the pier at Brighton\n"
    graph = run(text)
    assert not [key for key in events(graph) if key.startswith(("charge", "conviction", "sentence"))]
    assert "deportation@" in {key[:len("deportation@")] for key in events(graph)} \
        or any(key.startswith(("repatriation", "deportation")) for key in events(graph))


def test_reporting_that_mentions_reading_more_is_the_story() -> None:
    text = _STORY + "Read more about the case in Pakse, the agency said, as officers raided a flat there.\n"
    assert "Pakse" in names(run(text), Label.LOCATION)


def test_the_heading_set_off_by_a_bar_or_a_semicolon_is_the_same() -> None:
    # translated pages write "Read also | <headline>" and some set "READ ALSO; <headline>" (audit 40 q09, m04)
    for line in ("Read also | Members only: Portugal, a new hub of forged passports\n",
                 "READ ALSO; Members only: Portugal, a new hub of forged passports\n"):
        graph = run(_STORY + line)
        assert "Portugal" not in names(graph, Label.LOCATION)
        assert "Laos" in names(graph, Label.LOCATION)


def test_a_bar_inside_a_sentence_of_the_story_is_the_story() -> None:
    text = _STORY + "Read the statement | the agency said 14 people were flown to Vientiane.\n"
    assert "Vientiane" in names(run(text), Label.LOCATION)


def test_a_link_heading_set_off_by_a_dash_is_the_same() -> None:
    graph = run(_STORY + "Related - Dozens held after raid on scam hub\n\nThe families said the men had taken sales jobs.\n")
    assert not [key for key in events(graph) if key.startswith("raid")]

"""A run of other stories' openings that a page sets under the story without a heading, each line
cut off by an ellipsis: the people, bodies and places they name belong to other news (audit 35
page l08, audit 30 page g01). One line alone that trails off may be the story's own, and stays."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run

_STORY = "Police in Kep arrested 40 Chinese nationals at a scam compound on Monday.\n"
_TEASERS = ("Farmers in Norway protest new fuel taxes as the harvest season draws to...\n"
            "Storm floods the old harbour of Lisbon, leaving dozens of boats…\n"
            "Opposition leader Marta Ilves says the vote in Tallinn was...\n")


def test_lines_cut_off_in_a_row_name_no_place_or_person() -> None:
    graph = run(_STORY + _TEASERS)
    places = names(graph, Label.LOCATION)
    assert "Kep" in places
    assert not {"Norway", "Lisbon", "Tallinn"} & places
    assert "Marta Ilves" not in names(graph, Label.PERSON)


def test_blank_lines_between_the_teasers_keep_the_run() -> None:
    text = _STORY + "\n" + _TEASERS.replace("\n", "\n\n")
    assert not {"Norway", "Lisbon", "Tallinn"} & names(run(text), Label.LOCATION)


def test_one_line_that_trails_off_is_reporting() -> None:
    text = _STORY + "The suspects were later moved to Phnom Penh, an officer said, and then...\n"
    assert "Phnom Penh" in names(run(text), Label.LOCATION)


def test_a_cut_off_line_before_reporting_is_no_run() -> None:
    text = _STORY + "Storm floods the old harbour of Lisbon, leaving dozens of boats...\n" \
        "The raid in Lisbon followed a tip from a victim's family.\n"
    assert "Lisbon" in names(run(text), Label.LOCATION)

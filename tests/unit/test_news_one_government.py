"""A country's government named both ways in one story ("the Government of Nepal" ... "the Nepali
government") is one agency, named as the story first wrote it; two countries' governments stay two."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_government_written_both_ways_is_one_agency() -> None:
    batch = run("The Government of Nepal brought 41 Nepali workers home from Myanmar on Sunday. "
                "The Nepali government is arranging flights for 60 more.")
    assert {n for n in names(batch, Label.AGENCY) if "overnment" in n} == {"Government of Nepal"}


def test_two_countries_governments_stay_apart() -> None:
    batch = run("The Government of Nepal thanked the Thai government for sheltering 41 Nepali workers.")
    assert {"Government of Nepal", "Thai government"} <= names(batch, Label.AGENCY)

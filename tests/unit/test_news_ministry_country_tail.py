"""A ministry named with its field before the head word ("the Public Security Ministry") is the
one named with the field after "of" and the country's name at the end ("Ministry of Public
Security of China"): English writes one ministry both ways (audit 11: l03). A government is
named both ways too: "the Government of X" and "the Xn government" (i17, article 98)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_the_field_first_form_is_the_ministry_named_with_its_country() -> None:
    batch = run("China's Ministry of Public Security said on Monday that 41 suspects had been flown home. "
                "A statement from the Public Security Ministry named Fuzhou as the city of the trial.")
    agencies = names(batch, Label.AGENCY)
    assert "Ministry of Public Security of China" in agencies
    assert "Public Security Ministry" not in agencies


def test_a_government_named_both_ways_is_one_body() -> None:
    batch = run("Returnees thanked the Government of Malawi on Friday. The Malawian government paid for 12 tickets.")
    agencies = names(batch, Label.AGENCY)
    assert "Government of Malawi" in agencies
    assert "Malawian government" not in agencies


def test_governments_of_two_countries_stay_two() -> None:
    batch = run("The Government of Laos and the Kenyan government took part in the rescue of 22 Kenyans on Monday.")
    agencies = names(batch, Label.AGENCY)
    assert {"Government of Laos", "Kenyan government"} <= agencies

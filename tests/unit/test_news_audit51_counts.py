"""Audit 51, fixer counts: people counted "from mainland China", a country name that news writes
with a lower-case first word (made-up towns; real countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import counts_of, names, run


def test_people_from_mainland_china_in_a_breakdown_are_chinese() -> None:
    found = counts_of("Officers in Wrenmouth arrested a total of 48 suspects on Tuesday, including 30 from "
                      "mainland China, 14 from Peru and four from Chile.")
    assert {("ARRESTED", "CN", 30), ("ARRESTED", "PE", 14), ("ARRESTED", "CL", 4)} <= found


def test_a_share_from_mainland_china_after_its_whole() -> None:
    found = counts_of("Guards in Wrenmouth held 58 foreigners on Monday: 51 from mainland China and seven from Peru.")
    assert {("DETAINED", "CN", 51), ("DETAINED", "PE", 7)} <= found


def test_people_from_mainland_china_and_another_country_uncounted_each() -> None:
    found = counts_of("Police in Wrenmouth arrested 35 people from mainland China and Peru on Tuesday.")
    assert {("ARRESTED", "CN", None), ("ARRESTED", "PE", None)} <= found  # (35 is both peoples': no one's count)
    assert not {f for f in found if f[0] == "ARRESTED" and f[2] == 35}


def test_mainland_china_is_a_country_written_in_lower_case() -> None:
    fled = run("The two suspects fled from Wrenmouth to mainland China in March.")
    assert names(fled, Label.LOCATION) >= {"China"}  # (where they went: a place, not a people)
    assert not names(fled, Label.NATIONALITY)

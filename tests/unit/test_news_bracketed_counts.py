"""A list of nationalities written as countries with their people's number in brackets
("Ethiopia (95), Kenya (31)", as army and ministry releases set them) names peoples, counted, not
places; a number written again in brackets after its word ("eight (8) Laotians") counts once,
whatever its digit (spaCy's emoticon "8)" split it). Made-up figures (a probe of forms seen on 4 of
45 real pages). Countries people are said to be from ("those arrested were mostly from A, B
and C", "27 people hailing from Sri Lanka") are their nationalities too."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_countries_with_bracketed_numbers_are_peoples_counted() -> None:
    batch = run("The Thai army received 140 foreigners at the border in Phop Phra on Monday. The nationalities "
                "included: Ethiopia (95), Kenya (31), Philippines (14).")
    assert not names(batch, Label.LOCATION) & {"Ethiopia", "Kenya", "Philippines"}
    assert {(f[2], f[3]) for f in facts(batch) if f[0] == "REPATRIATED"} == {("ET", 95), ("KE", 31), ("PH", 14)}


def test_a_number_written_again_in_brackets_counts_once_whatever_its_digit() -> None:
    for word, digit in (("eight", 8), ("nine", 9)):
        found = facts(run(f"Police arrested {word} ({digit}) Laotians in Bavet on Monday."))
        assert ("ARRESTED", "arrest@2026-10-12", "LA", digit) in found, word


def test_a_whole_from_countries_counted_in_brackets_adds_no_count_to_the_first() -> None:
    found = facts(run("Police rescued 150 foreigners from Ethiopia (95), Kenya (31) and Uganda (24) in a raid in "
                      "Myawaddy on Monday."))
    assert {(f[2], f[3]) for f in found if f[0] == "RESCUED"} == {("ET", 95), ("KE", 31), ("UG", 24)}


def test_countries_people_are_said_to_be_from_are_their_nationalities() -> None:
    batch = run("Police detained 640 people in a raid in Tonpheung on Monday. Those arrested were mostly from Laos, "
                "Myanmar and China.")
    assert {"Laos", "Myanmar", "China"} <= names(batch, Label.NATIONALITY)
    assert not names(batch, Label.LOCATION) & {"Laos", "Myanmar", "China"}
    batch = run("Police rescued 27 people hailing from Sri Lanka in Myawaddy on Monday.")
    assert "Sri Lanka" in names(batch, Label.NATIONALITY) and "Sri Lanka" not in names(batch, Label.LOCATION)
    assert "Cambodia" in names(run("Thailand deported 50 suspects from Cambodia on Monday."), Label.LOCATION)

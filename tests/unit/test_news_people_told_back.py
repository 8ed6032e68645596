"""People counted in one sentence and named again in the next by a noun: "The victims were
repatriated on Friday" repatriated the 31 rescued before; "The deportees consisted of 100 Chinese
and 20 Vietnamese" counts each people; "The victims, including 20 Indonesians, were taken to X"
breaks the people rescued before down."""

from tests.unit.test_news_extraction import counts_of



def test_the_victims_were_repatriated() -> None:
    counted = counts_of("Thai police rescued 31 Sri Lankans last week. The victims were repatriated on Friday.\n")
    assert {("RESCUED", "LK", 31), ("REPATRIATED", "LK", 31)} <= counted


def test_the_victims_as_captives_are_no_arrest() -> None:
    text = ("Police arrested 11 recruiters who sent 266 Thais to Lotown. Once the victims crossed the border, they "
            "were arrested and forced to work.\n")
    assert ("ARRESTED", "TH", 266) not in counts_of(text)


def test_the_deportees_consisted_of() -> None:
    counted = counts_of("The 120 deportees consisted of 100 Chinese and 20 Vietnamese.\n")
    assert {("DEPORTED", "CN", 100), ("DEPORTED", "VN", 20)} <= counted


def test_a_breakdown_set_off_after_the_victims() -> None:
    counted = counts_of("Police rescued 47 people. The victims, including 20 Indonesians and 15 Thais, were taken to Mae Sot.\n")
    assert {("RESCUED", "ID", 20), ("RESCUED", "TH", 15)} <= counted

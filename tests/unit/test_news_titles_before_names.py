"""Titles before a name that are no part of it: ranks written with a hyphen ("Maj-Gen", "Lt-Col"),
Cambodian honorifics ("Samdech", "Oknha"), and titles of two words whose words alone may open a
name or a body ("Tan Sri", "Senior General"). Made-up people (a probe of forms seen on about 30 of
95 real pages, session 25)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_hyphenated_rank_opens_no_name_and_loses_no_person() -> None:
    assert names(run("Maj-Gen Zaw Min Htet said 346 foreign nationals were detained."), Label.PERSON) == {"Zaw Min Htet"}
    assert names(run("Police arrested Lt-Col Anan Srisuk in Mae Sot on Monday."), Label.PERSON) == {"Anan Srisuk"}


def test_honorifics_and_two_word_titles_are_dropped_from_the_name() -> None:
    assert names(run("Samdech Heng Sovann said 2,000 foreigners were deported in January."), Label.PERSON) == {"Heng Sovann"}
    assert names(run("Oknha Ly Yong Chea owns the casino in Sihanoukville."), Label.PERSON) == {"Ly Yong Chea"}
    assert names(run("Tan Sri Hamid Yusof said 20 Malaysians were rescued."), Label.PERSON) == {"Hamid Yusof"}
    assert names(run("Senior General Min Htet Naing ordered the raid on Monday."), Label.PERSON) == {"Min Htet Naing"}


def test_a_family_name_like_a_title_word_stays() -> None:
    assert names(run("Police arrested Tan Wei Ming in Johor on Monday."), Label.PERSON) == {"Tan Wei Ming"}


def test_former_opening_a_sentence_is_no_body_or_place() -> None:
    batch = run("Former police chief Somchai Vong said 40 people were arrested in Vientiane.")
    assert names(batch, Label.AGENCY) == set()
    assert names(batch, Label.PERSON) == {"Somchai Vong"}
    assert names(run("Former district councillor Andy Lau said 12 people were rescued."), Label.LOCATION) == set()


def test_south_asian_police_and_civil_service_titles_open_no_name() -> None:
    for text in ("Additional Superintendent of Police Mahbubur Rahim said 12 people were arrested.",
                 "Additional Director General of Police Sunita Rao said 12 were arrested.",
                 "Diaspora Affairs Principal Secretary Roseline Wanjiru said 12 were rescued."):
        assert len(names(run(text), Label.PERSON)) == 1, text


def test_cambodian_styles_of_office_and_the_okhna_spelling_are_dropped_from_the_name() -> None:
    text = ("Prime Minister Samdech Moha Borvor Thipadei Keo Sambath thanked the police on Monday. Deputy Prime "
            "Minister Abhisantibindit Chan Rithy said 300 foreigners were held. Okhna Meas Sopheak owns the hotel.\n")
    assert names(run(text), Label.PERSON) == {"Keo Sambath", "Chan Rithy", "Meas Sopheak"}

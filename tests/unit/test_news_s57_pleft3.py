"""Facts never said that whole made-up articles drew from the reader (session 57; made-up names,
places and numbers):
- a byline that names the writer's desk and the town it files from ("Staff Correspondent |
  Dhaka") names no place of the story, as a dateline's city names none (convention 7);
- a page's label in capitals before a colon ("PUBLISHED : ...") is no dateline, and the dateline
  under it ("CHIANG RAI: ...") is still found, its city no place of the story;
- states that sanction as one subject ("Atlantis and Britain on Monday imposed sanctions", a
  headline's "U.S., Britain sanction ...") and a seat that sanctions ("Washington has sanctioned")
  act as governments: no Location;
- the workplace of a job held out as bait ("promised a job at a hotel in Bangkok") is no site of
  the scam, and takes no scam of the sentence;
- people listed as "the suspects" take the story's one nationality only where that nationality was
  told of suspects (arrested, charged ...), not where it was told only of returnees."""

from __future__ import annotations

import pytest

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import names, run


def test_a_desk_byline_names_no_place_of_the_story() -> None:
    text = ("Thirty Merrowan men back from fraud compound\n\nStaff Correspondent | Dhaka\n\n"
            "Thirty Merrowan men who had been made to work for fraud rings in Myanmar flew home on Friday.")
    assert "Dhaka" not in names(run(text), Label.LOCATION)


def test_a_page_label_above_the_dateline_is_not_taken_for_it() -> None:
    text = ("Home > Crime\n\n12 held in call-centre raid\n\nPUBLISHED : 4 Oct 2026 | WRITER: Desk Team\n\n"
            "CHIANG RAI: Officers arrested 12 people in a raid on a rented house in Mae Sai district on Monday.")
    found = names(run(text), Label.LOCATION)
    assert "Chiang Rai" not in found and "Mae Sai" in found, found


@pytest.mark.parametrize("text, states", [
    # (a guard, passing on the pristine code too: a weekday alone between the states and their verb)
    ("Atlantis City, May 2 - The United States and Britain on Monday imposed sanctions on Velmora Holdings, "
     "a firm accused of running fraud compounds.", {"United States", "United Kingdom"}),
    ("U.S., Britain sanction Velmora tycoon over fraud compounds", {"United States", "United Kingdom"}),
    ("Japan and South Korea last week imposed sanctions on the Quillan Bay compound.", {"Japan", "South Korea"}),
    ("Washington has sanctioned more than 70 people and firms over fraud compounds since 2024.", {"Washington"}),
])
def test_states_that_sanction_are_no_places(text: str, states: set[str]) -> None:
    found = names(run(text), Label.LOCATION)
    assert not states & found, found


def test_police_in_a_country_still_place_it() -> None:
    """Guard (passes on the pristine code too): a country after "in" stays a place, a time after it or not."""
    found = names(run("Police in Thailand on Monday received 64 workers freed from the Quillan Bay compound."),
                  Label.LOCATION)
    assert "Thailand" in found, found


def test_a_promised_workplace_is_no_scam_site() -> None:
    batch = run("Dorin said he had been promised a job at a hotel in Bangkok paying 7,000 taka a month. "
                "Instead he was taken into Myanmar and made to talk strangers into fake cryptocurrency platforms.")
    assert not {n for n in names(batch, Label.SITE) if "hotel" in n}


def test_a_raided_hotel_stays_a_site() -> None:
    """Guard (passes on the pristine code too): a hotel where the scam ran is a site."""
    assert "hotel in Bavet" in names(run("Police raided a hotel in Bavet where 40 workers ran crypto scams."), Label.SITE)


def _nationalities_of_people(text: str) -> set[str]:
    batch = run(text)
    return {e.source for e in batch.edges if e.type is RelType.HAS_NATIONALITY}


def test_suspects_do_not_take_the_returnees_nationality() -> None:
    text = ("Forty-six Bangladeshi men who had been made to work for fraud rings in Myanmar flew home on Friday.\n\n"
            "Separately, officers on Monday night arrested two men in Lotpur accused of sending 30 youths abroad.\n\n"
            "The suspects were identified as Karim Dolan, 41, and Rafi Mertz, 35.")
    assert not _nationalities_of_people(text)


def test_suspects_take_the_nationality_of_the_arrested() -> None:
    """Guard (passes on the pristine code too): the arrested's people are the listed suspects'."""
    text = "Officers arrested four Bangladeshi men in Lotpur on Monday.\n\nThe suspects were identified as Karim Dolan and Rafi Mertz."
    assert len(_nationalities_of_people(text)) == 2

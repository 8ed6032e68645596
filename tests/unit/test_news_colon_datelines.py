"""A wire's dateline may end in a colon set apart ("HANOI, Oct. 4 : Police have ...") instead of a
dash: its date is when the story was filed, not when the act happened (development text 200), as
with "HANOI, Oct. 4 -- " already. A colon right after a date inside reporting is no dateline. The
dateline's city is where the story was filed from, no place of the story unless the text names it
again (tests/corpus/README.md, settled convention 7)."""

from datetime import date

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def _dates(text: str) -> dict[str, str]:
    batch = extract(Article(text=text, title="t", published=date(2025, 10, 4)))
    return {str(n.properties["type"]): str(n.properties.get("date", "")) for n in batch.nodes.values()
            if n.label.value == "Event"}


def test_a_dateline_ending_in_a_spaced_colon_dates_nothing() -> None:
    text = "HANOI, Oct. 4 : Police have brought 60 suspects back from Laos, the ministry said."
    assert _dates(text) == {"repatriation": ""}


def test_a_dateline_ending_in_a_dash_dates_nothing_as_before() -> None:
    text = "HANOI, Oct. 4 -- Police have brought 60 suspects back from Laos, the ministry said."
    assert _dates(text) == {"repatriation": ""}


def test_a_dateline_city_is_no_place_of_the_story_unless_named_again() -> None:
    alone = run("KOTA KINABALU, Malaysia — Police arrested 14 Filipino nationals at a call centre in Tawau on "
                "Monday.")
    assert names(alone, Label.LOCATION) == {"Tawau"}
    again = run("KOTA KINABALU — Police arrested 14 Filipino nationals at a call centre in Kota Kinabalu on "
                "Monday.")
    assert "Kota Kinabalu" in names(again, Label.LOCATION)


def test_datelines_in_title_case_or_other_letters_name_no_place_of_the_story() -> None:
    for line in ("Jakarta (ANTARA) - Police arrested 14 Chinese nationals in Batam on Monday.",
                 "Geneva, Switzerland – The United Nations said 12 Kenyans were rescued in Batam.",
                 "HÀ NỘI — Police arrested 14 Chinese nationals in Batam on Monday.",
                 "Seoul: Police arrested 14 Chinese nationals in Batam on Monday.",
                 "Tangerang. Police arrested 14 Chinese nationals in Batam on Monday.",
                 "New York [US], March 3 : Police arrested 14 Chinese nationals in Batam on Monday.",
                 "Nairobi — Police arrested 14 Chinese nationals in Batam on Monday.",
                 "New Delhi, Jul 21 (PTI) Police arrested 14 Chinese nationals in Batam on Monday.",
                 "New Delhi, March 30\nPolice arrested 14 Chinese nationals in Batam on Monday."):
        assert names(run(line), Label.LOCATION) == {"Batam"}, line


def test_a_countrys_name_or_a_place_in_a_sentence_opening_a_story_stays_a_place() -> None:
    assert "Myanmar" in names(run("Myanmar: junta deports 50 Chinese from Myawaddy"), Label.LOCATION)
    assert "Bangkok" in names(run("Bangkok is where 12 Chinese were arrested on Monday."), Label.LOCATION)



def test_a_day_before_a_dash_inside_a_sentence_dates_its_act() -> None:
    assert _dates("Police arrested 60 Chinese in Bavet on Monday — the suspects had entered on tourist visas.") \
        == {"arrest": "2025-09-29"}
    assert _dates("PHNOM PENH, Oct 2 — Police arrested 60 Chinese in Bavet.") == {"arrest": ""}

"""A country after "from" when a sender brings people back or sends them home ("Ruritania flies home
90 workers from Freedonia", a headline's present tense as well as a report's past) is the country they
were taken back from, not their nationality (audit 33, pages j05 and j06: two headlines whose country
left became a nationality node no one had). A count with a plain act keeps the country as the people's
("arrested 90 workers from Freedonia"). Sentences are made up; the verbs of sending with "back" or
"home" are a closed class."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _nationalities(text: str) -> set[str]:
    return {n.properties["iso2"] for n in run(text).nodes.values() if n.label is Label.NATIONALITY}


def test_a_headline_bringing_people_back_names_the_country_they_left() -> None:
    text = ("Ruritania brings home 27 gambling suspects from Cambodia\n\n"
            "The group landed in Strelsau on Tuesday, the ministry said.")
    assert "KH" not in _nationalities(text)


def test_a_past_sending_home_names_the_country_they_left() -> None:
    text = "Officers sent home 64 workers from Laos and Myanmar on Sunday, the embassy said."
    found = _nationalities(text)
    assert "LA" not in found and "MM" not in found


def test_people_from_a_country_arrested_keep_their_nationality() -> None:
    text = "Police arrested 64 workers from Laos in a raid on Sunday, the embassy said."
    assert "LA" in _nationalities(text)


def test_a_present_tense_sending_back_names_the_country_they_left() -> None:
    text = ("Ruritanian detectives send back 27 workers from Cambodia\n\n"
            "The group landed in Strelsau on Tuesday, the ministry said.")
    assert "KH" not in _nationalities(text)

"""Bodies as Korean outlets name them (audit 37m):
- "the Blue House" (Cheong Wa Dae) is South Korea's presidential office, an agency, never a person,
  and its spokeswoman works for it;
- "Daegu Police Station and Incheon Police Station" are two bodies, each ending in the two-word head
  "Police Station", never one body named after both."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_the_blue_house_is_the_presidential_office() -> None:
    batch = run("Police in Laos and Korea have arrested 27 suspects over phone frauds aimed at Koreans, the Blue "
                "House announced Monday. The suspects took 6 billion won from 90 victims, Kim Seo-yeon, a Blue House "
                "spokeswoman, told reporters.")
    assert "Blue House" not in names(batch, Label.PERSON)
    assert ("WORKS_FOR", "Kim Seo-yeon", "Office of the President of South Korea", None) in facts(batch)


def test_two_police_stations_joined_by_and_are_two_bodies() -> None:
    batch = run("Daegu Police Station and Incheon Police Station each sought a warrant against one suspect.")
    assert {"Daegu Police Station", "Incheon Police Station"} <= names(batch, Label.AGENCY)

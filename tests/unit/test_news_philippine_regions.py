"""Philippine regions are places (audit 37l): "Western Visayas is not a haven for scammers", "police in
Central Luzon" name regions of the Philippines, never persons."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_regions_are_places_of_the_philippines() -> None:
    batch = run("The regional police director said Western Visayas is not a haven for scammers. Police in Central Luzon "
                "arrested 20 Chinese nationals on Monday.")
    assert {"Western Visayas", "Central Luzon"} <= names(batch, Label.LOCATION)
    assert not {"Western Visayas", "Central Luzon"} & names(batch, Label.PERSON)

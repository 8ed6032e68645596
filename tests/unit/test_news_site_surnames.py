"""A given name and a family name that is also a site's head word ("Tower", "Park", "Plaza"),
told as a person who speaks or is described, is that person, not a scam site; a site of the same
shape after "at" or described as a building stays a site."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_analyst_whose_family_name_is_tower_is_a_person() -> None:
    batch = run("Mara Tower, a researcher at the Mekong Policy Forum, said thousands remain held in online fraud "
                "compounds.")
    assert "Mara Tower" in names(batch, Label.PERSON)
    assert "Mara Tower" not in names(batch, Label.SITE)
    assert "Ellis Plaza" in names(run('"The hubs simply moved," said Ellis Plaza of the forum.'), Label.PERSON)


def test_a_building_of_the_same_shape_stays_a_site() -> None:
    assert "Golden Tower" in names(run("Police raided Golden Tower, a building in Bavet, on Monday."), Label.SITE)
    assert "Golden Tower" in names(run("Workers at Golden Tower said they were beaten by guards."), Label.SITE)

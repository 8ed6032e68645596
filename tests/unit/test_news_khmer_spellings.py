"""A Cambodian province written in another romanization ("Ouddar Meanchey", "Ko Kong", "Kompong
Speu", "Ratanakkiri") is the province under its usual name, not a second place, and not a person
("the towns of A and Ko Kong"). Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_romanizations_name_the_usual_province() -> None:
    batch = run("Nine Filipinos were held in Ouddar Meanchey and Kompong Speu provinces until May.")
    assert {"Oddar Meanchey", "Kampong Speu"} <= names(batch, Label.LOCATION)
    assert not {"Ouddar Meanchey", "Kompong Speu"} & names(batch, Label.LOCATION)


def test_a_province_in_a_list_of_towns_is_no_person() -> None:
    batch = run("The study lists abuses in Cambodia, notably in Bavet and in Ko Kong.")
    assert "Koh Kong" in names(batch, Label.LOCATION)
    assert "Ko Kong" not in names(batch, Label.PERSON)

"""A body written with its country's name ("Laos authorities", "Japan police") is the body the
demonym names ("Lao authorities", "Japanese police"): one agency however it is written; a place
whose people's word is a noun ("Hong Kong police") and a country whose name is its own adjective
("Myanmar military") keep their names."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_country_name_before_a_body_becomes_the_demonym() -> None:
    batch = run("Laos authorities handed 28 Indian workers to the embassy in Vientiane on Friday.")
    assert "Lao authorities" in names(batch, Label.AGENCY)
    batch = run("Japan police arrested four men on Monday. Japanese police said more arrests would follow.")
    assert {n for n in names(batch, Label.AGENCY) if "police" in n} == {"Japanese police"}


def test_a_place_with_a_noun_for_its_people_keeps_its_name() -> None:
    assert "Hong Kong police" in names(run("Hong Kong police arrested five recruiters on Tuesday."), Label.AGENCY)
    assert "Myanmar authorities" in names(run("Myanmar authorities freed 60 workers in Shwe Kokko."), Label.AGENCY)

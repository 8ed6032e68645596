"""A police station named by its place ("Bang Sue Police Station", "the Pak Kret police
station") is a police body of its own, not the place and not the police in general. Sentences
are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_title_case_station_is_an_agency() -> None:
    agencies = _agencies("The 9 suspects were taken to Bang Sue Police Station in Bangkok on Friday.")
    assert "Bang Sue Police Station" in agencies


def test_a_lower_case_station_keeps_its_head() -> None:
    agencies = _agencies("Officers from the Pak Kret police station arrested 4 Laotians on Friday.")
    assert "Pak Kret police station" in agencies
    assert "Pak Kret police" not in agencies


def test_the_chief_of_a_station_works_for_it() -> None:
    batch = run("Pol Col Anan Chaiyo, chief of Din Daeng Police Station, said 6 Chinese were held.")
    names = {n.key: n.name for n in batch.nodes.values()}
    assert any(e.type == "WORKS_FOR" and names[e.target] == "Din Daeng Police Station" for e in batch.edges)

"""A body named with a number keeps it: a numbered bureau ("Immigration Bureau 4"), a police
force's numbered region ("Provincial Police Region 7") and a region's number before a unit
("Region 2 Investigation Division"); a branch of the police named by its field ("Immigration
Police") is not the country's national police. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_numbered_bureau_keeps_its_number() -> None:
    agencies = _agencies("On Sunday police from Immigration Bureau 4 arrested 7 Vietnamese in Songkhla.")
    assert "Immigration Bureau 4" in agencies
    assert "Immigration Bureau" not in agencies


def test_a_police_region_is_a_body() -> None:
    batch = run("Pol Lt Gen Niran Sukjai, commander of Provincial Police Region 7, said 20 Laotians were arrested.")
    names = {n.key: n.name for n in batch.nodes.values()}
    assert "Provincial Police Region 7" in names.values()
    assert any(e.type == "WORKS_FOR" and names[e.target] == "Provincial Police Region 7" for e in batch.edges)


def test_a_people_before_the_force_stays_out_of_the_name() -> None:
    agencies = _agencies("The Thai Provincial Police Region 3 raided a house in Korat on Monday.")
    assert "Provincial Police Region 3" in agencies


def test_a_region_number_before_a_unit_is_part_of_it() -> None:
    agencies = _agencies("The raid was led by Region 2 Investigation Division in Chonburi on Monday.")
    assert "Region 2 Investigation Division" in agencies


def test_a_region_without_a_force_or_a_unit_is_no_body() -> None:
    assert not _agencies("Rainfall in Region 3 was heavy on Monday, the weather office of Laos said.") & {"Region 3"}


def test_a_field_branch_of_the_police_is_not_the_national_force() -> None:
    agencies = _agencies("PHNOM PENH - Immigration Police detained 30 Chinese in Phnom Penh on Monday.")
    assert "Immigration Police" in agencies
    assert "Cambodian National Police" not in agencies

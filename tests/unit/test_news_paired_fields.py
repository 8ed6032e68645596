"""A body's name that pairs two fields with "and" where the first field is itself a head word
("District Immigration and Population Department", "District Administration and Management
Committee") is one body, also when its officer's name follows the head with no comma. Names and
sentences are made up."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def _names(text: str, label: Label) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is label}


def test_immigration_and_a_second_field_is_one_department() -> None:
    text = "The Hpa-an District Immigration and Population Department said 40 Kenyans were sent home."
    assert _names(text, Label.AGENCY) == {"Hpa-an District Immigration and Population Department"}


def test_administration_and_a_second_field_is_one_committee() -> None:
    text = "Members of the Hpa-an District Administration and Management Committee handed over 40 Kenyans."
    assert _names(text, Label.AGENCY) == {"Hpa-an District Administration and Management Committee"}


def test_the_officer_named_after_the_head_works_for_the_body() -> None:
    batch = run("It was attended by Deputy Director of the Hpa-an District Immigration and Population "
                "Department Min Thu Aung and 40 Kenyans were sent home.")
    names = {n.key: n.name for n in batch.nodes.values()}
    works = {(names[e.source], names[e.target]) for e in batch.edges if e.type is RelType.WORKS_FOR}
    assert works == {("Min Thu Aung", "Hpa-an District Immigration and Population Department")}


def test_two_bodies_each_with_its_own_place_stay_two() -> None:
    text = "Ranong Immigration and Ranong Provincial Office said 40 Kenyans were sent home."
    assert _names(text, Label.AGENCY) == {"Ranong Immigration", "Ranong Provincial Office"}

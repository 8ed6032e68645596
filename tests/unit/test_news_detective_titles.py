"""People named in local police stories: detectives' abbreviated ranks ("Det Insp", "Det Supt",
"Det Sgt") are titles, never part of a name ("Det Insp Dobson" told after "Detective Inspector Mark
Dobson" is the same officer); "Wei Zhang of Arcadia" is Wei Zhang, from Arcadia. Tests in made-up
words."""

from tests.unit.test_news_extraction import run


def people(text: str) -> list[tuple[str, object]]:
    return [(n.name, n.properties.get("role")) for n in run(text).nodes.values() if n.label.value == "Person"]


def test_an_abbreviated_rank_is_a_title() -> None:
    assert people("Det Supt John Walsh said three men were charged.") == [("John Walsh", "police officer")]


def test_the_officer_named_again_by_rank_is_one_person() -> None:
    assert people('Detective Inspector Mark Dobson said the men were arrested. "Be careful," Det Insp Dobson '
                  'said.') == [("Mark Dobson", "police officer")]


def test_the_town_a_person_is_from_is_no_part_of_the_name() -> None:
    assert people("Police arrested Wei Zhang of Arcadia on Monday.") == [("Wei Zhang", None)]
    assert people("The Duke of Edinburgh said so.") == [("Duke of Edinburgh", None)]

"""British and Australian detectives' abbreviated ranks ("Det Insp", "Det Supt", "Det Sgt") are
titles, never part of a name: "Det Insp Dobson" told after "Detective Inspector Mark Dobson" is the
same officer. Tests in made-up words."""

from tests.unit.test_news_extraction import run


def people(text: str) -> list[tuple[str, object]]:
    return [(n.name, n.properties.get("role")) for n in run(text).nodes.values() if n.label.value == "Person"]


def test_an_abbreviated_rank_is_a_title() -> None:
    assert people("Det Supt John Walsh said three men were charged.") == [("John Walsh", "police officer")]


def test_the_officer_named_again_by_rank_is_one_person() -> None:
    assert people('Detective Inspector Mark Dobson said the men were arrested. "Be careful," Det Insp Dobson '
                  'said.') == [("Mark Dobson", "police officer")]

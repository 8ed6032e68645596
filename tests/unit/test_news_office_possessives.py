"""An office named for its holder with a possessive ("<Country> Police Commissioner's Office",
"U.S. Attorney's Office") is one body, and a police rank with its name before "of the <body>"
("Police Superintendent X of the Y") is a person of that body. Names and sentences are made up."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_commissioners_office_is_one_body() -> None:
    assert "Philippine Police Commissioner's Office" in _agencies(
        "A staffer from the Philippine Police Commissioner's Office met the 25 Filipinos in Mae Sot.")


def test_an_attorneys_office_is_one_body() -> None:
    assert "U.S. Attorney's Office" in _agencies("The U.S. Attorney's Office charged 4 men with wire fraud.")


def test_a_ranked_officer_of_a_body_works_for_it() -> None:
    batch = run("The handover was attended by Police Superintendent Carlos Reyes Santos of the Philippine "
                "National Police and 40 Filipinos went home.")
    names = {n.key: n.name for n in batch.nodes.values()}
    works = {(names[e.source], names[e.target]) for e in batch.edges if e.type is RelType.WORKS_FOR}
    assert works == {("Carlos Reyes Santos", "Philippine National Police")}

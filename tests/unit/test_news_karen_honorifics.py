"""A Karen honorific of office before a name ("Padoh Saw Htoo Lwin") is no part of the name, as
the Burmese "U" and "Daw" are not; "Saw", which opens Karen names, stays in it. A spokesperson for
an armed group works for it, where its commanders are its members. Names and sentences are made up."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import names, run


def test_padoh_is_no_part_of_the_name() -> None:
    batch = run("The group denies the claims. Padoh Saw Htoo Lwin, head of the union's foreign department, said so on Friday.")
    assert "Saw Htoo Lwin" in names(batch, Label.PERSON)


def test_a_spokesperson_for_an_armed_group_works_for_it() -> None:
    batch = run("Soldiers arrested 900 people in Tangyan. Nang Rai, a spokesperson for the United Harbour State Army, said so.")
    rels = {(e.type, batch.nodes[e.source].name) for e in batch.edges if e.source.startswith("person:")}
    assert (RelType.WORKS_FOR, "Nang Rai") in rels
    assert (RelType.MEMBER_OF, "Nang Rai") not in rels


def test_the_head_of_a_groups_department_works_for_the_group() -> None:
    batch = run("Padoh Saw Htoo Lwin, head of the Harbour National Union's foreign affairs department, denied the claims.")
    rels = {(e.type, batch.nodes[e.source].name) for e in batch.edges if e.source.startswith("person:")}
    assert (RelType.WORKS_FOR, "Saw Htoo Lwin") in rels
    assert (RelType.MEMBER_OF, "Saw Htoo Lwin") not in rels

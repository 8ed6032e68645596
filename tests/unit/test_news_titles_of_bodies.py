"""A title whose tail names a force ("a Superintendent of Police", set off by commas after the name)
gives the person a role; the tail is no body of its own (audit 39, p01)."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import names, run


def test_the_tail_of_a_title_after_a_name_is_no_agency() -> None:
    batch = run("Harun Belo, a Superintendent of Police, said on Monday that officers had detained three men "
                "in Korvadi.")
    assert not any(name.startswith("of ") for name in names(batch, Label.AGENCY))
    person = next(n for n in batch.nodes.values() if n.label is Label.PERSON and n.name == "Harun Belo")
    assert person.properties.get("role_class") == "police"
    assert not any(e.type is RelType.WORKS_FOR and batch.nodes[e.source].name == "Harun Belo" for e in batch.edges)


def test_a_body_whose_name_holds_of_keeps_it() -> None:
    batch = run("The Ministry of Public Security said 40 people were arrested in Korvadi on Monday.")
    assert "Ministry of Public Security" in names(batch, Label.AGENCY)


def test_spains_civil_guard_is_a_police_body_not_a_person() -> None:
    batch = run("The Guardia Civil arrested six members of a telephone fraud ring in Valtoria on Tuesday.")
    assert "Guardia Civil" in names(batch, Label.AGENCY)
    assert "Guardia Civil" not in names(batch, Label.PERSON)

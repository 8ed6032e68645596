"""An acronym the writer defines after a body's full name means that body for the rest of the
story, even where the gazetteer knows the same letters as another country's body ("National Police
of Peru (PNP)" is not the Philippine National Police); a body of the gazetteer's own country keeps
the gazetteer's meaning ("the Federal Bureau of Investigation (FBI) field office in Denver").
Names and places are made up."""

from scamgraph.model import GraphBatch, Label
from tests.unit.test_news_extraction import names, run


def test_an_acronym_defined_for_another_countrys_body_is_that_body() -> None:
    batch = run("Some 200 people were arrested on Friday in Arequipa in an operation by the National Police of "
                "Peru (PNP). PNP Colonel Mario Quispe told reporters the centre had run for a year.")
    assert "Philippine National Police" not in names(batch, Label.AGENCY)
    assert ("WORKS_FOR", "Mario Quispe", "National Police of Peru") in _named_facts(batch)


def test_the_same_letters_for_the_gazetteers_own_body_keep_its_name() -> None:
    batch = run("Police arrested 40 people in Pasig on Monday, the Philippine National Police (PNP) said. "
                "PNP spokesman Jean Fajardo said all were foreigners.")
    assert "Philippine National Police" in names(batch, Label.AGENCY)


def _named_facts(batch: GraphBatch) -> set[tuple[str, str, str]]:
    name = {key: node.name for key, node in batch.nodes.items()}
    return {(e.type.value, name.get(e.source, e.source), name.get(e.target, e.target)) for e in batch.edges}

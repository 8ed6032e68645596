"""A country's police told by its demonym is the gazetteer's national force only where the
gazetteer names that force so ("Thai police" is the Royal Thai Police, "Burmese police" the
Myanmar Police Force by the country's other demonym); where the gazetteer names the force only by
its own name, the body keeps the written name, as the annotators write it. A demonym that shares
a lower-case head with another country's ("<demonym> and <demonym> police") gets the known force too,
and a ministry named in lower case by its field after a demonym is a body of that country."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_demonym_police_the_gazetteer_does_not_list_keeps_its_written_name() -> None:
    batch = run("A raid by Indonesian police in Medan ended with 57 arrests on Friday.")
    assert names(batch, Label.AGENCY) == {"Indonesian police"}


def test_a_demonym_police_the_gazetteer_lists_is_the_national_force() -> None:
    batch = run("Malaysian police arrested 20 people in a raid on a call centre.")
    assert names(batch, Label.AGENCY) == {"Royal Malaysia Police"}


def test_another_demonym_of_the_same_country_is_the_same_force() -> None:
    batch = run("Burmese police arrested 40 people in a raid on Tuesday.")
    assert names(batch, Label.AGENCY) == {"Myanmar Police Force"}


def test_a_demonym_sharing_the_police_head_is_the_known_force() -> None:
    batch = run("Malaysian and Cambodian police freed 31 workers from a compound on Monday.")
    assert names(batch, Label.AGENCY) == {"Royal Malaysia Police", "Cambodian National Police"}
    assert ("CONDUCTED", "Royal Malaysia Police", "rescue@2026-10-12", None) in facts(batch)


def test_a_ministry_named_by_its_field_in_lower_case_is_the_countrys() -> None:
    batch = run("The Chinese security ministry alerted officers before 19 men were held.")
    assert "Chinese security ministry" in names(batch, Label.AGENCY)


def test_a_lower_case_field_word_alone_names_no_ministry() -> None:
    batch = run("The Chinese security guards at the gate were not arrested.")
    assert names(batch, Label.AGENCY) == set()

"""Three small readings from audits 39B and 39D: a title whose field follows "of" ("Head of Press and
Public Relations") names no body; the town after a local office ("the former mayor of Santa Lucia")
is a place, not a person; and a court that "found X and Y guilty" convicted them, which the golds
count as a charge (as "convicted X and Y" is)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_title_with_its_field_after_of_names_no_body() -> None:
    batch = run("The bureau's Head of Press and Public Relations, Ms. Ada Mbeki, said the rescue took place on Monday.")
    assert names(batch, Label.ORGANIZATION) == set() and "Ada Mbeki" in names(batch, Label.PERSON)


def test_the_town_of_a_mayor_is_a_place_not_a_person() -> None:
    batch = run("The former mayor of Villa Corazon was sentenced on Tuesday to life in prison.")
    assert "Villa Corazon" not in names(batch, Label.PERSON) and "Villa Corazon" in names(batch, Label.LOCATION)


def test_people_a_court_found_guilty_were_convicted() -> None:
    batch = run("The court on Tuesday found Deng Hao and Peng Wei guilty of trafficking workers to a compound.")
    assert {("CHARGED", "charge@2026-10-13", "Deng Hao", None), ("CHARGED", "charge@2026-10-13", "Peng Wei", None)} <= facts(batch)


def test_people_found_guilty_in_the_passive_were_convicted() -> None:
    batch = run("Deng Hao and Peng Wei were found guilty on Tuesday of trafficking workers to a compound.")
    assert ("CHARGED", "charge@2026-10-13", "Deng Hao", None) in facts(batch)


def test_a_verdict_of_innocence_or_one_to_come_is_no_charge() -> None:
    assert facts(run("The court on Tuesday found Deng Hao and Peng Wei innocent.")) == set()
    assert facts(run("Deng Hao faces up to 20 years in prison if found guilty of fraud.")) == set()

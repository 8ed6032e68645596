"""Audit 52, second fixer of agencies: a police cell named by the crimes it works on ("the Cyber
Crime Cell of the ... Police") is a unit of its own beside its parent force, while a prison's
cells and a bare "Cyber Cell" stay no body (made-up towns, people and numbers; real countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_cyber_crime_cell_of_a_force_is_a_unit_beside_it() -> None:
    batch = run("The Vellora Cyber Crime Cell of the Tarsin Police arrested six men on Tuesday.")
    assert {"Vellora Cyber Crime Cell", "Tarsin Police"} <= names(batch, Label.AGENCY)
    assert "Vellora Cyber Crime Cell of the Tarsin Police" not in names(batch, Label.AGENCY)


def test_a_cybercrime_cell_of_an_acronym_is_its_own_unit() -> None:
    batch = run("Officers of the Cybercrime Cell of the NRB raided an office in Dorvan on Sunday.")
    assert "Cybercrime Cell" in names(batch, Label.AGENCY)



def test_a_crime_cell_is_read_but_prison_cells_and_a_bare_cyber_cell_are_not() -> None:
    unit = run("The Corran Crime Cell questioned the nine men held in detention cells in Dorvan on Monday.")
    assert "Corran Crime Cell" in names(unit, Label.AGENCY)
    assert not any(name.lower().endswith("cells") for name in names(unit, Label.AGENCY))
    bare = run("The inspector asked the Dorvan police Cyber Cell to look into the calls on Monday.")
    assert "Cyber Cell" not in names(bare, Label.AGENCY)

"""The Philippine police's own units, named in full or by acronym ("the Special Action Force",
"IMEG"), are police bodies of the Philippines: not an army's, and not a company that engages in
the crime a complaint names."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, run


def _bodies(text: str) -> dict[str, tuple[object, object]]:
    return {n.name: (n.properties.get("kind"), n.properties.get("country"))
            for n in run(text).nodes.values() if n.label in {Label.AGENCY, Label.ORGANIZATION}}


def test_police_units_are_philippine_police() -> None:
    bodies = _bodies("Officers of the Special Action Force and the Integrity Monitoring and Enforcement Group "
                     "raided a gaming hub in Bamban on Monday, rescuing 40 workers.\n")
    assert bodies["Special Action Force"] == ("police", "PH")
    assert bodies["Integrity Monitoring and Enforcement Group"] == ("police", "PH")


def test_a_police_unit_beside_a_complaint_engages_in_no_crime() -> None:
    text = ("Agents, with the Integrity Monitoring and Enforcement Group, served a warrant on Lucky Crown 7 over a "
            "human trafficking complaint.\n")
    assert not any(f[0] == "ENGAGED_IN" and "Enforcement" in f[1] for f in facts(run(text)))

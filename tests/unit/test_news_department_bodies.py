"""A ministry's or a force's department named with its parent's possessive is a body of its own
beside the parent; a unit or a division is known only with its parent and stays one body with it."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name.lower() for n in run(text).nodes.values() if n.label == Label.AGENCY}


def test_a_ministrys_lower_case_department_is_its_own_body() -> None:
    names = _agencies("Colonel Marek Dovan, who works in the Home Ministry's immigration department, "
                      "said 40 foreigners were sent back from Kampot on Monday.")
    assert "immigration department" in names
    assert "home ministry" in names
    assert not any("ministry immigration" in name for name in names)


def test_a_ministrys_named_department_is_its_own_body() -> None:
    names = _agencies("Vera Olenko, who heads the Russian Foreign Ministry's Second Pacific Department, "
                      "said six citizens were freed in Myawaddy.")
    assert "second pacific department" in names
    assert not any("ministry second" in name for name in names)


def test_a_unit_stays_one_body_with_its_parent() -> None:
    names = _agencies("Inspector Dara Vell of the Coastal Police Agency's Cyber Crime Unit said 12 "
                      "suspects were arrested in Sihanoukville.")
    assert "coastal police agency cyber crime unit" in names

"""A "Police Force" is a police body: the head word "force" alone makes a military body (an "Air
Force", the "Armed Forces"), but "police force" is the longer head and wins (audit 18: a city
state's police force, a West African and a Hong Kong one, all read as military on pages s02,
c14, q07 and development article 56). Names are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _kinds(text: str) -> dict[str, str]:
    return {n.name: n.properties.get("kind") for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_police_force_is_police() -> None:
    kinds = _kinds("The Ruritania Police Force arrested 12 Thai nationals in a raid on Monday.")
    assert kinds.get("Ruritania Police Force") == "police"


def test_an_air_force_is_still_military() -> None:
    kinds = _kinds("The Ruritania Air Force flew 40 Thai nationals home on Monday.")
    assert kinds.get("Ruritania Air Force") == "military"

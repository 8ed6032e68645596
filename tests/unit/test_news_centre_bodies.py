"""Bodies named with a two-word head that ends in "Centre" or "Center" ("... Coordination
Centre", "... Cybercrime Center", "... Suppression Center") are bodies, not lost or read as
sites: a crime-fighting one is a state agency, a coordination centre with no state word an
organization, whose name goes on over "for the ..." as a one-word head's does. Names and
sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _named(text: str) -> set[tuple[str, str]]:
    return {(n.label.value, n.name) for n in run(text).nodes.values() if n.label in {Label.AGENCY, Label.ORGANIZATION}}


def test_a_cybercrime_coordination_centre_is_an_agency() -> None:
    text = "The Kenyan Cybercrime Coordination Centre traced the 40 victims to Poipet."
    assert _named(text) == {("Agency", "Kenyan Cybercrime Coordination Centre")}


def test_a_suppression_center_is_an_agency() -> None:
    text = "Officers of the Cyber Crime Suppression Center arrested 12 Koreans in Pattaya."
    assert ("Agency", "Cyber Crime Suppression Center") in _named(text)


def test_a_field_pair_before_a_coordinating_center_stays_in_its_name() -> None:
    text = "Victims may call the Cybercrime Investigation and Coordinating Center, the police said."
    assert ("Agency", "Cybercrime Investigation and Coordinating Center") in _named(text)


def test_a_coordination_center_for_a_cause_is_one_organization() -> None:
    text = "A deputy of the Joint Coordination Center for the Welfare of Citizens Abroad met 3 men in Mae Sot."
    assert ("Organization", "Joint Coordination Center for the Welfare of Citizens Abroad") in _named(text)

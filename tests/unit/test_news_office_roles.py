"""Offices read from titles: a first or second secretary is a diplomat, not an ambassador; a deputy
secretary of a department is a deputy minister, not a secretary of state; a chairman of a state
body is an official, not a businessman; a group named after "rights group" is an NGO."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {n.name: (n.properties.get("role"), n.properties.get("role_class")) for n in run(text).nodes.values()
            if n.label is Label.PERSON}


def test_secretaries_of_an_embassy_and_of_a_department() -> None:
    people = _people("The handover was attended by First Secretary Aiko Tanabe from the Japanese Embassy. "
                     "The US Treasury's Deputy Secretary Walter Brandt said the firm was sanctioned.")
    assert people["Aiko Tanabe"] == ("diplomat", "diplomat")
    assert people["Walter Brandt"] == ("vice minister", "official")


def test_the_chairman_of_a_state_body_is_an_official() -> None:
    people = _people("U Kyaw Lin, Chairman of the Hpa-an District Administration Committee, checked the lists.")
    assert people["Kyaw Lin"] == ("chairman", "official")
    assert _people("Chen Bo, chairman of the Golden Lotus Group, was sanctioned.")["Chen Bo"] == ("chairman", "business")


def test_a_rights_group_is_an_ngo() -> None:
    batch = run("Sok Dara of rights group Bright Mekong urged police to share more about the case.")
    kinds = {n.name: n.properties.get("kind") for n in batch.nodes.values() if n.label is Label.ORGANIZATION}
    assert kinds.get("Bright Mekong") == "ngo"


def test_a_lawyer_is_a_lawyer() -> None:
    people = _people("According to lawyer Farid Alaoui, who represents two of the accused, the inquiry has ended.")
    assert people["Farid Alaoui"] == ("lawyer", "civil")


def test_a_group_named_after_a_road_is_a_group() -> None:
    batch = run("Nine Peruvians were freed from a compound on Friday with help from the anti-trafficking group "
                "Open Gate Road.")
    kinds = {n.name: (n.label.value, n.properties.get("kind")) for n in batch.nodes.values()}
    assert kinds.get("Open Gate Road") == ("Organization", "ngo")


def test_a_person_a_body_reported_about_does_not_work_for_it() -> None:
    batch = run("We got tip-offs from the Suspicious Transaction Reporting Office about Lim Boon Keat, the police said.")
    assert not [e for e in batch.edges if e.type.value == "WORKS_FOR"]


def test_undersecretaries_and_deputy_governors_keep_their_rank() -> None:
    people = _people("Interior Undersecretary Lorna P. Abad said 40 Chinese were held in a raid in Porac. "
                     "In Kampot, teams led by Deputy Governor Chea Sopheap detained 20 foreigners.")
    assert people["Lorna P. Abad"] == ("undersecretary", "official")
    assert people["Chea Sopheap"] == ("deputy governor", "official")


def test_a_capitalised_secretary_before_a_name_is_a_cabinet_office() -> None:
    people = _people("Labour Secretary Tomas R. Ilagan said 95 workers had reached Thailand. "
                     "Deputy Finance Secretary Hal Brenner said the firm was sanctioned.")
    assert people["Tomas R. Ilagan"] == ("secretary of state", "official")
    assert people["Hal Brenner"] == ("vice minister", "official")


def test_army_ranks_and_militia_commanders_are_soldiers() -> None:
    people = _people("Junta chief Senior Gen. Aung Thet Paing praised the operation. In Myawaddy, Colonel "
                     "Saw Pha Lwe, head of the Karen militia, said the workers would be handed over.")
    assert people["Aung Thet Paing"] == ("military officer", "military")
    assert people["Saw Pha Lwe"] == ("military officer", "military")


def test_a_demonym_of_a_group_is_not_its_staffers_nationality() -> None:
    batch = run("Chan Vuthy, operations director for Cambodian rights group Sun Path, said the figures could be trusted.")
    assert not [e for e in batch.edges if e.type.value == "HAS_NATIONALITY"]

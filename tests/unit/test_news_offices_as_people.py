"""A run naming a body or its office is no person: "Immigration Bureau Commissioner, Pol Lt Gen
Somsak Thongdee" names the office, then the person; "the Prince Group TCO" a criminal group
(a closed class: the head words of bodies and companies stand in no person's name)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def test_an_office_is_no_person_and_its_holder_is() -> None:
    batch = run("Immigration Bureau Commissioner, Pol Lt Gen Somsak Thongdee, told reporters on Friday that 12 "
                "Lao nationals were held in Udon Thani.")
    people = {n.name for n in batch.nodes.values() if n.label is Label.PERSON}
    assert not [p for p in people if "Bureau" in p]
    assert "Somsak Thongdee" in people


def test_a_company_or_gang_name_is_no_person() -> None:
    """"the Prince Group TCO" (a transnational criminal organization) was read as a person."""
    batch = run("Led by Cambodian businessman Chen Zhi, the Prince Group TCO reportedly ran a vast network of "
                "fraud compounds, US officials said on Friday.")
    people = {n.name for n in batch.nodes.values() if n.label is Label.PERSON}
    assert not [p for p in people if "Group" in p]


def test_a_person_before_another_body_s_name_stays_a_person() -> None:
    """"Chen Zhi, the Prince Group TCO": the capitalized "Group" heads the next body's name, no
    apposition saying Chen Zhi is a group; "BPA, a Bangkok-based NGO" still makes an NGO."""
    batch = run("Led by Cambodian businessman Chen Zhi, the Prince Group TCO reportedly ran a vast network of "
                "fraud compounds, US officials said on Friday.")
    assert "Chen Zhi" in {n.name for n in batch.nodes.values() if n.label is Label.PERSON}
    assert "Chen Zhi" not in {n.name for n in batch.nodes.values() if n.label is Label.ORGANIZATION}
    ngo = run("Mara Quinn, the head of Bright Path Alliance (BPA), a Bangkok-based NGO, said 35 were freed.")
    kinds = {n.name: n.properties.get("kind") for n in ngo.nodes.values() if n.label is Label.ORGANIZATION}
    assert kinds.get("Bright Path Alliance") == "ngo"


def test_a_centre_or_a_unit_named_before_a_verb_is_no_person() -> None:
    batch = run("Kerala\u2019s Cyber Centre of Excellence has arrested Ravi Menon, the alleged kingpin of the ring.")
    people = {n.name for n in batch.nodes.values() if n.label is Label.PERSON}
    assert "Ravi Menon" in people
    assert not [name for name in people if "Centre" in name]

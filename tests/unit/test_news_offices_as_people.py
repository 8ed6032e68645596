"""A run naming a body or its office is no person: "Immigration Bureau Commissioner, Pol Lt Gen
Pakphumpipat Sajjaphan" names the office, then the person; "the Prince Group TCO" a criminal group
(a closed class: the head words of bodies and companies stand in no person's name)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def test_an_office_is_no_person_and_its_holder_is() -> None:
    batch = run("Immigration Bureau Commissioner, Pol Lt Gen Pakphumpipat Sajjaphan, said on Monday that 20 "
                "Chinese nationals were arrested in Kalasin.")
    people = {n.name for n in batch.nodes.values() if n.label is Label.PERSON}
    assert not [p for p in people if "Bureau" in p]
    assert "Pakphumpipat Sajjaphan" in people


def test_a_company_or_gang_name_is_no_person() -> None:
    """"the Prince Group TCO" (a transnational criminal organization) was read as a person."""
    batch = run("Led by Cambodian national Chen Zhi, the Prince Group TCO allegedly built a criminal empire "
                "through online investment fraud, the Treasury said on Tuesday.")
    people = {n.name for n in batch.nodes.values() if n.label is Label.PERSON}
    assert not [p for p in people if "Group" in p]


def test_a_person_before_another_body_s_name_stays_a_person() -> None:
    """"Chen Zhi, the Prince Group TCO": the capitalized "Group" heads the next body's name, no
    apposition saying Chen Zhi is a group; "GAP, a Thailand-based NGO" still makes an NGO."""
    batch = run("Led by Cambodian national Chen Zhi, the Prince Group TCO allegedly built a criminal empire "
                "through online investment fraud, the Treasury said on Tuesday.")
    assert "Chen Zhi" in {n.name for n in batch.nodes.values() if n.label is Label.PERSON}
    assert "Chen Zhi" not in {n.name for n in batch.nodes.values() if n.label is Label.ORGANIZATION}
    ngo = run("Judah Tana, the director of Global Advance Projects (GAP), a Thailand-based NGO, said 40 were freed.")
    kinds = {n.name: n.properties.get("kind") for n in ngo.nodes.values() if n.label is Label.ORGANIZATION}
    assert kinds.get("Global Advance Projects") == "ngo"

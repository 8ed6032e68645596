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

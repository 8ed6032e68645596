"""A run naming a public body's office is no person: "Immigration Bureau Commissioner, Pol Lt Gen
Pakphumpipat Sajjaphan" names the office, then the person (a closed class: the head words of
public bodies stand in no person's name)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def test_an_office_is_no_person_and_its_holder_is() -> None:
    batch = run("Immigration Bureau Commissioner, Pol Lt Gen Pakphumpipat Sajjaphan, said on Monday that 20 "
                "Chinese nationals were arrested in Kalasin.")
    people = {n.name for n in batch.nodes.values() if n.label is Label.PERSON}
    assert not [p for p in people if "Bureau" in p]
    assert "Pakphumpipat Sajjaphan" in people

""""inside" after a verb of its own ("were based inside Pakistan") says where people stay, not that
anyone found them there (audit 10, k02)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, run


def _types(text: str) -> set[str]:
    return {n.properties["type"] for n in run(text).nodes.values() if n.label is Label.EVENT}


def test_people_based_inside_a_country_make_no_raid() -> None:
    assert "raid" not in _types("The gang had six members. Four members were based inside Pakistan and handled "
                                "recruitment.")


def test_people_found_inside_a_compound_are_still_counted() -> None:
    found = facts(run("Police raided a compound on Monday and 40 Chinese nationals were found inside the building."))
    assert any(rel == "FOUND" and code == "CN" and count == 40 for rel, _event, code, count in found)

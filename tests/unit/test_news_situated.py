""""Located" (or "situated") followed by a word of place or distance tells where a thing stands,
not that anyone was found: a list of homelands in the same sentence gets no FOUND edge from it.
People told as the subject of "were located in" are not read as a place told."""

from scamgraph.loaders.news.situated import situated
from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _found(batch) -> set[str]:
    return {target for rel, _, target, _ in facts(batch) if rel == "FOUND"}


def test_where_centres_stand_finds_no_one() -> None:
    batch = run("At first, the fraud centres were mostly located in Laos, with holding camps in Myanmar "
                "and victims from Vietnam, Nepal, India or Kenya.")
    assert not _found(batch)


def test_the_homelands_of_such_victims_stay_nationalities() -> None:
    batch = run("At first, the fraud centres were mostly located in Laos, with holding camps in Myanmar "
                "and victims from Vietnam, Nepal, India or Kenya.")
    assert {"VN", "NP", "IN", "KE"} <= {node.properties.get("iso2") for node in batch.nodes.values()
                                        if node.label is Label.NATIONALITY}
    assert not {"Nepal", "Kenya"} & names(batch, Label.LOCATION)


def test_a_base_located_some_distance_away_is_no_finding() -> None:
    batch = run("Officers arrested 12 Indonesian nationals at a base located 40 kilometres north of the port on Friday.")
    assert any(rel == "ARRESTED" and target == "ID" for rel, _, target, _ in facts(batch))
    assert not _found(batch)


def test_people_told_as_located_are_not_a_place_told() -> None:
    lower = "30 victims were located in a basement".split()
    assert not situated(lower, 3, 0, len(lower))
    lower = "the call centres were located in a border town".split()
    assert situated(lower, 4, 0, len(lower))
    lower = "police located 30 victims".split()
    assert not situated(lower, 1, 0, len(lower))

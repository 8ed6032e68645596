"""Audit 53 (a53c): home-country stories of nationals sent back from scam compounds (made-up
sentences; real countries, invented people and towns)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_custody_abroad_is_not_the_arrest_at_home() -> None:
    """A body of another state that took the person into custody abroad did not make the arrest at
    home: its custody stays an act of its own."""
    batch = run("Laotian police have arrested a 30-year-old man for making scam calls, sources said. "
                "The suspect is a student in Pakse who returned to Laos after being taken into custody "
                "by Vietnamese authorities.")
    found = facts(batch)
    assert ("CONDUCTED", "Vietnamese authorities", "arrest@", None) not in found
    assert ("CONDUCTED", "Laotian police", "arrest@", None) in found  # (the arrest keeps its own body)
    assert ("CONDUCTED", "Vietnamese authorities", "detention@", None) in found


def test_custody_by_the_same_states_body_is_still_the_arrest() -> None:
    batch = run("Thai police arrested 12 men. They were taken into custody by Thai immigration officers.")
    assert not any(target == "detention@" for _rel, _source, target, _count in facts(batch))


def test_a_visit_is_not_where_people_were_carried_after_it() -> None:
    batch = run("The Criminal Investigation Bureau (CIB) is looking into claims that two Bruneian men were drugged "
                "during a visit to Vietnam and abducted to Cambodia by a scam gang, the papers said on Friday.")
    found = facts(batch)
    assert ("OCCURRED_AT", "visit@", "Cambodia", None) not in found
    assert ("OCCURRED_AT", "visit@", "Vietnam", None) in found  # (the visit's own place stays)
    assert not any(rel == "OCCURRED_AT" and target == "Cambodia" for rel, _source, target, _count in found)


def test_an_officials_visit_keeps_its_place() -> None:
    found = facts(run("Officials of the Bruneian foreign ministry made a visit to Vietnam on Monday."))
    assert any(rel == "OCCURRED_AT" and source.startswith("visit@") and target == "Vietnam"
               for rel, source, target, _count in found)


def test_a_dateline_of_two_cities_names_no_place() -> None:
    batch = run("Hanoi/Vientiane, March 3 (CNA) Four Laotian workers freed from a scam compound in Cambodia "
                "landed in Laos on Monday, police said.")
    places = names(batch, Label.LOCATION)
    assert "Hanoi" not in places and "Vientiane" not in places
    assert "Cambodia" in places

"""An act named by a noun in a phrase that sets the scene ("Following the rescue of 280 Indians from
Poipet, the state's cyber bureau has opened a probe") has no doer told: the body of the main clause
did the probe, not the rescue. And a place the rescued "come from" is their home, not where they
were rescued."""

from tests.unit.test_news_extraction import run


def test_the_body_after_a_scene_setting_noun_did_not_do_that_act() -> None:
    batch = run("Chennai: Following the dramatic rescue of 280 Indians from fraud compounds in Poipet, Cambodia, the "
                "Kerala Cyber Crime Bureau has launched a probe into the agents who lured them. Of those rescued, 23 "
                "come from Madurai.")
    names = {n.key: n.name for n in batch.nodes.values()}
    done = {(names[e.source], names[e.target].split(" ")[0]) for e in batch.edges if e.type.value == "CONDUCTED"}
    assert ("Kerala Cyber Crime Bureau", "rescue") not in done
    places = {names[e.target] for e in batch.edges if e.type.value == "OCCURRED_AT"}
    assert "Madurai" not in places and "Poipet" in places

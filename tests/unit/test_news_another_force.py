"""An arrest by another named police force is an arrest of its own (audit 36h): "Only a few days
earlier, the Nagpur police arrested five agents. Meanwhile, the Assam police have arrested three local
agents" are two arrests, five and three, never one of five."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, run


def test_another_forces_arrest_is_its_own() -> None:
    batch = run("On Wednesday, the ministry set up a new panel, a day after its mission in Laos freed 38 Indians from "
                "fraud camps in Bokeo. Only a few days earlier, the Nagpur police arrested five agents. Meanwhile, the "
                "Assam police have arrested three local agents and issued look out notices against two others.")
    arrests = [n for n in batch.nodes.values() if n.label is Label.EVENT and n.properties["type"] == "arrest"]
    assert sorted(n.properties.get("count_arrested", 0) for n in arrests) == [3, 5]
    assert {f[1] for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("arrest")} == {"Nagpur police",
                                                                                                  "Assam police"}

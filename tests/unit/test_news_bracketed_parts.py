"""People counted with their breakdown in brackets take the verb after the bracket: "the 18 West
Africans (12 Ghanaians, 4 Togolese and 2 Beninese) have since returned home" returned all three
peoples home, not only the last two the verb stands nearest."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def test_a_bracketed_breakdown_shares_the_verb_after_it() -> None:
    batch = run("Officials freed 12 Ghanaians, four Togolese and two Beninese from a compound in Laos, the ministry said "
                "on Monday. \"With help from partners, the 18 West Africans (12 Ghanaians, 4 Togolese and 2 Beninese) "
                "have since returned home.\"")
    home = {e.target: e.properties.get("count") for e in batch.edges if e.type is RelType.REPATRIATED}
    assert home == {"nationality:GH": 12, "nationality:TG": 4, "nationality:BJ": 2}
    event = next(n for n in batch.nodes.values() if n.label is Label.EVENT and n.properties["type"] == "repatriation")
    assert event.properties["count_repatriated"] == 18

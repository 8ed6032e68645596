""""Previously" in a verb group ("three other workers had previously been rescued") tells an act before
the story's own, as "earlier" and "previous" already did: another event of its kind, not the story's
(article 64). Pages with the construction in a verb group: 64, audit pages b03, b10, c04; only 64's
output moved. Right before a participle ("workers previously rescued from ...") it stays the people's
past told in passing, no event."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def rescues(text: str) -> list[dict]:
    return [n.properties for n in run(text).nodes.values() if n.label is Label.EVENT and n.properties["type"] == "rescue"]


def test_other_people_previously_rescued_are_another_rescue() -> None:
    found = rescues("Soldiers rescued 40 Kenyans from a compound in Myawaddy on Monday. Officials said three other "
                    "victims had previously been rescued.")
    assert len(found) == 2 and any(r.get("count_rescued") == 3 and not r.get("date") for r in found)


def test_people_previously_rescued_told_in_passing_make_no_rescue() -> None:
    found = rescues("The shelter houses Kenyans previously rescued from compounds, the ministry said on Monday.")
    assert not found

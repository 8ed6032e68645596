"""An act that someone needs, asks for or strives toward has not happened: "the need for the
repatriation of 40 Kenyans", "requested the extradition of", "efforts to repatriate them are
ongoing" make no event and no count (grammar: the act is the object of a noun or verb of
asking, needing or striving). An operation carried out to rescue people is still a rescue."""

from scamgraph.model import GraphBatch, Label, Node
from tests.unit.test_news_extraction import facts, run


def _events(batch: GraphBatch) -> list[Node]:
    return [n for n in batch.nodes.values() if n.label is Label.EVENT]


def test_an_act_needed_or_requested_is_no_event() -> None:
    for text in ("The minister on Monday stressed the need for the repatriation of 40 Kenyans from Myawaddy.",
                 "The embassy on Monday requested the extradition of the two men from Cambodia.",
                 ("The envoy met officials in Yangon on May 2, stressing the urgent need for assistance "
                  "in the safe rescue and repatriation of 30 Nepalis held in Myawaddy.")):
        batch = run(text)
        kinds = {e.properties.get("type") for e in _events(batch)}
        assert not kinds & {"repatriation", "extradition", "rescue"}, text
        assert not [f for f in facts(batch) if f[0] in {"REPATRIATED", "RESCUED", "EXTRADITED"}], text


def test_efforts_toward_an_act_are_no_event() -> None:
    for text in ("Officials said efforts to repatriate the remaining Ugandans are ongoing.",
                 "The ministry announced coordinated efforts to rescue and repatriate 270 citizens trapped in Myanmar."):
        batch = run(text)
        assert not [e for e in _events(batch) if e.properties.get("type") in {"repatriation", "rescue"}], text


def test_an_operation_to_rescue_people_is_still_a_rescue() -> None:
    batch = run("Police launched an operation to rescue 40 Kenyans in Myawaddy on Monday.")
    assert [e for e in _events(batch) if e.properties.get("type") == "rescue"]


def test_nouns_named_after_an_act_tell_no_act() -> None:
    """"the fire escape" is a staircase and "a surveillance operation" a watch, not an escape or a raid."""
    for text in ("Officers found the workers running down the fire escape of a tower in Makati City on Monday.",
                 "Agents conducted a surveillance operation near the house in Pasay on Monday."):
        kinds = {e.properties.get("type") for e in _events(run(text))}
        assert not kinds & {"escape", "raid"}, text

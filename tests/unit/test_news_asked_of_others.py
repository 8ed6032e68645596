"""An act someone is asked, urged or pressed to carry out has not happened: "asked the
Philippines to soon deport two other suspects", "urged the government on Monday to take steps to
secure their repatriation" make no event, no count and no person deported (grammar: the act
stands in the infinitive that follows a verb asking someone else to act). A participle that
describes people inside that infinitive ("to bring the arrested workers back") and an act told
in a clause of its own after the asking ("urged calm after 20 were rescued") still count."""

from scamgraph.model import GraphBatch, Label, Node
from tests.unit.test_news_extraction import facts, run


def _kinds(batch: GraphBatch) -> set[str]:
    nodes: list[Node] = [n for n in batch.nodes.values() if n.label is Label.EVENT]
    return {str(n.properties.get("type")) for n in nodes}


def test_an_act_asked_of_another_body_is_no_event() -> None:
    for text in ("The ministry has also asked Thailand to soon deport two other suspects, Ko Min and Aung Lin.",
                 ("A lawmaker urged the government on Monday, May 5, 2025, to take concrete steps to secure "
                  "their release and repatriation."),
                 "The embassy requested Cambodian police to rescue the 40 Kenyans held in Sihanoukville."):
        batch = run(text)
        assert not _kinds(batch) & {"deportation", "repatriation", "rescue"}, text
        assert not [f for f in facts(batch) if f[0] in {"DEPORTED", "REPATRIATED", "RESCUED"}], text


def test_an_act_told_in_a_clause_after_the_asking_still_counts() -> None:
    batch = run("The minister urged families to stay calm after police rescued 20 Kenyans in Myawaddy on Monday.")
    assert "rescue" in _kinds(batch)
    assert [f for f in facts(batch) if f[0] == "RESCUED"]


def test_the_infinitive_of_a_plan_is_not_read_as_asked_for_without_a_verb_of_asking() -> None:
    batch = run("Police flew to Phnom Penh on Monday to deport 30 Thai workers, who were sent home on Tuesday.")
    assert "deportation" in _kinds(batch)


def test_an_act_talked_over_is_no_event() -> None:
    """"met to discuss ways of rescuing the captives", "discussed the early repatriation of": the
    act is the talk's topic (grammar: the object of a verb of discussing, or of "ways of")."""
    for text in ("The prime minister convened a meeting in December to discuss ways of rescuing the captives in Myanmar.",
                 "The envoy met the police chief in Bangkok on Monday and discussed the early repatriation of 40 Indians."):
        batch = run(text)
        assert not _kinds(batch) & {"rescue", "repatriation"}, text
        assert not [f for f in facts(batch) if f[0] in {"RESCUED", "REPATRIATED"}], text


def test_an_act_pledged_is_no_event_and_has_no_parties() -> None:
    """"stays committed to securing the rescue and safe repatriation of the remaining Nepalis, with
    support from the Lao authorities": a pledge, so no event and no body taking part."""
    batch = run("The department stays committed to securing the rescue and safe repatriation of the remaining "
                "trafficked Nepalis, with ongoing support from the Lao and Cambodian authorities.")
    assert not _kinds(batch) & {"rescue", "repatriation"}
    assert not [f for f in facts(batch) if f[0] == "PARTICIPATED_IN"]


def test_an_act_told_after_an_asking_still_happened() -> None:
    """The act must end the asked infinitive itself: in "asked Thai police to help, and officers
    rescued 20 Kenyans" the rescue is told; "called" asks only as "called on X to"."""
    for text in ("The embassy asked Thai police to help, and officers rescued 20 Kenyans in Mae Sot on Monday.",
                 "Officers of a unit called Alpha to rescue victims freed 40 Kenyans in Myawaddy on Monday."):
        assert "rescue" in _kinds(run(text)), text
    asked = run("The minister called on Thailand to repatriate the 40 Kenyans held in Myawaddy.")
    assert "repatriation" not in _kinds(asked)

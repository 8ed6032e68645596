"""A person named after "a ring allegedly led by" leads the criminal group, not the event the
sentence tells of (grammar: "led by" hangs on the group noun before it). An operation led by an
officer still has the officer as its leader."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _person_event_facts(text: str) -> list[tuple[str, str]]:
    batch = run(text)
    people = {k for k, n in batch.nodes.items() if n.label is Label.PERSON}
    events = {k for k, n in batch.nodes.items() if n.label is Label.EVENT}
    return [(e.type.value, e.source) for e in batch.edges if e.source in people and e.target in events]


def test_the_leader_of_a_ring_takes_no_part_in_the_inquiry_into_it() -> None:
    text = ("The agency said it had detained four men as part of an investigation into a second ring "
            "allegedly led by Lin Kuo-hua, 41, a boss of a triad.")
    assert not _person_event_facts(text)


def test_an_operation_led_by_an_officer_has_its_leader() -> None:
    text = "The raid on the compound in Poipet on Monday was led by Police Colonel Somchai Rattana."
    assert ("LEADS", ) in {(t,) for t, _ in _person_event_facts(text)}

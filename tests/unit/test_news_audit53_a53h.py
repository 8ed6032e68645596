"""Audit 53, a53h: an act counted in times is a person's record, no act of the story (made-up
people and towns)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import event_types, run


_types = event_types


def test_a_record_counted_in_times_is_no_charge() -> None:
    batch = run("According to police in Varnak, Tobin Reslo, 52, had been jailed three times for theft.")
    assert "charge" not in _types(batch)
    twice = run("Orlen Mast, 40, was arrested twice for smuggling in Dastra, the police said.")
    assert "arrest" not in _types(twice)


def test_a_single_act_stays() -> None:
    batch = run("Police in Varnak arrested Tobin Reslo, 52, on Monday.")
    assert "arrest" in _types(batch)
    jailed = run("A court in Varnak jailed Tobin Reslo for three years on Monday.")
    assert _types(jailed)  # ("three years" counts no times: the sentence stays)



def _dated(batch) -> set[str]:
    return {f"{n.properties.get('type')}@{n.properties.get('date', '')}" for n in batch.nodes.values()
            if n.label is Label.EVENT}


def test_a_picture_posted_to_a_page_dates_the_picture_not_the_act() -> None:
    text = ("Officers detain 12 workers at the Lotus compound in Sihanoukville, in a photo posted on the Merrow "
            "police's Facebook page on May 3, 2022.")
    assert _dated(run(text)) == {"detention@2022-05"}  # (the picture's day bounds the act: its month)
    told = "Police posted on their Facebook page that they raided a hub on May 3, 2022."
    assert _dated(run(told)) == {"raid@2022-05-03"}  # (the act's own day)

"""A file or an object handed over ("the case was handed over to the cyber crime division", "the
devices were turned over to investigators") is no handover of people: the passive's subject is a
thing, and no repatriation or deportation is told (audit 18, page s14). People handed over still
are. Sentences are made up."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_case_handed_over_to_a_division_is_no_repatriation() -> None:
    batch = run("Police in Songkhla arrested 12 Chinese nationals on Monday.\n"
                "The case was handed over to the Technology Crime Division on Tuesday.")
    assert not [key for key in events(batch) if key.startswith(("repatriation", "deportation"))]


def test_people_handed_over_are_still_sent_home() -> None:
    batch = run("The 40 Vietnamese were handed over to Vietnamese authorities on Monday.")
    assert ("REPATRIATED", "repatriation@2026-10-12", "VN", 40) in facts(batch)


def test_people_handed_over_with_the_evidence_are_still_sent_home() -> None:
    batch = run("The 40 Vietnamese and the evidence were handed over to Vietnamese authorities on Monday.")
    assert [key for key in events(batch) if key.startswith("repatriation")]


def test_things_an_active_verb_handed_over_make_no_event() -> None:
    """"Police handed over the documents to X" (session 27): the object is things, no one was sent."""
    assert not events(run("Police handed over the documents to Thai authorities on Friday."))
    assert not events(run("Police handed over the seized phones and laptops to the court on Friday."))
    assert [key.split("@")[0] for key in events(run("Police handed over 40 Kenyans to the embassy on Friday."))] == ["repatriation"]

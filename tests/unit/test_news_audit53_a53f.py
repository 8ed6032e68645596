"""Audit 53 (a53f): two false-fact kinds from Malaysian, Singaporean and Indonesian pages, in
made-up words: a second arrest set beside the first by ", while" credited to the first act, and a
body that inquires into a captivity credited with the captivity."""

from __future__ import annotations

import datetime

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from scamgraph.model import Label, RelType


def _facts(text: str) -> set[tuple[str, str, str]]:
    batch = extract(Article(text=text, title="t", published=datetime.date(2025, 11, 20)))
    def name(key: str) -> str:
        node = batch.nodes[key]
        return f"event:{node.properties.get('type')}" if node.label is Label.EVENT else node.name
    return {(name(e.source), e.type.value, name(e.target)) for e in batch.edges if e.type is not RelType.MENTIONS}


_WHILE = ("Tomas Verin was arrested in Laos during a raid by the Lao police, "
          "while Marek Sova was arrested in Vietnam by the Vietnamese police.")


def test_while_clause_arrest_is_its_own_act() -> None:
    facts = _facts(_WHILE)
    assert ("Vietnamese police", "CONDUCTED", "event:raid") not in facts
    assert ("event:raid", "ARRESTED", "Marek Sova") not in facts
    assert ("event:raid", "OCCURRED_AT", "Vietnam") not in facts
    # the first clause's act keeps its own people, doer and place
    assert ("event:raid", "ARRESTED", "Tomas Verin") in facts
    assert ("Lao police", "CONDUCTED", "event:raid") in facts
    assert ("event:raid", "OCCURRED_AT", "Laos") in facts


def test_inquiry_into_a_detention_is_not_the_detention() -> None:
    facts = _facts("The Karvia police have conducted an investigation regarding the detention of 30 workers in Myanmar.")
    assert ("Karvia police", "CONDUCTED", "event:detention") not in facts
    assert ("Karvia police", "CONDUCTED", "event:investigation") in facts


def test_inquiry_reaching_the_detention_through_a_linking_phrase() -> None:
    facts = _facts("The Karvia police have carried out an investigation regarding the suspected offence of trafficking "
                   "in persons (TIP) related to the detention of 20 workers in Myanmar.")
    assert ("Karvia police", "CONDUCTED", "event:detention") not in facts
    assert ("Karvia police", "CONDUCTED", "event:investigation") in facts

"""The cue phrases compiled with the pipeline: where they match, and what the name finder makes
of a match in its place (lower-case bodies, agency words after a name, lone speakers)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from scamgraph.loaders.nlp import pipeline, token_texts
from scamgraph.loaders.nlp.bodies import lower_bodies
from scamgraph.loaders.nlp.doc_view import DocView


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline()


def _matches(nlp: Language, text: str, rule: str) -> list[str]:
    doc = nlp.make_doc(text)
    found = nlp.get_pipe("scamgraph_names").patterns(doc, token_texts(doc))
    return [doc[start:end].text for start, end in found.spans(rule)]


def _agencies(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "AGENCY"]


def test_a_body_in_lower_case_is_an_agency_only_after_an_article_or_a_possessive(nlp: Language) -> None:
    assert _agencies(nlp, "A spokesman for the interior ministry declined to comment.") == ["interior ministry"]
    assert _agencies(nlp, "Laos's foreign ministry said the workers were safe.")[-1] == "foreign ministry"
    assert _agencies(nlp, "He has no interior ministry contacts.") == []  # no "the", no "'s"


def test_a_body_written_differently_from_the_table_is_not_taken_as_lower_case(nlp: Language) -> None:
    doc = nlp.make_doc("Officials at the Interior MINISTRY and the interior ministry met.")
    view = DocView(doc, [], nlp.get_pipe("scamgraph_names").patterns)
    assert _matches(nlp, doc.text, "LOWER_BODY") == ["Interior MINISTRY", "interior ministry"]  # matched on lower case
    assert [span.text for span in lower_bodies(view)] == ["interior ministry"]  # kept only as listed


def test_agency_words_after_a_name_end_at_their_longest_listed_phrase(nlp: Language) -> None:
    doc = nlp.make_doc("Tak provincial police and Myanmar's military")
    found = nlp.get_pipe("scamgraph_names").patterns(doc, token_texts(doc))
    assert found.agency_head_end(1) == 3  # "provincial police", not "provincial" alone
    assert found.agency_head_end(5) == 7  # "'s military"
    assert found.agency_head_end(0) == 0


def test_agency_words_must_start_in_lower_case(nlp: Language) -> None:
    doc = nlp.make_doc("Thai Police Commissioner")
    found = nlp.get_pipe("scamgraph_names").patterns(doc, token_texts(doc))
    assert found.agency_head_end(1) == 0


def test_a_single_word_beside_a_verb_of_speech_names_an_earlier_full_name(nlp: Language) -> None:
    text = "Nadia Rahmawati Putri fled in May. Putri told reporters she was beaten."
    people = [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    assert people[0] == "Nadia Rahmawati Putri"
    assert _matches(nlp, text, "SPEECH") == ["told"]

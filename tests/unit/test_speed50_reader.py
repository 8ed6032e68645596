"""The reader's sentences, built from the sentence-start array, are the ones ``Doc.sents`` gives;
and a body named with its acronym in brackets is still read as the one body."""

from scamgraph.loaders.news.state import _sentences
from scamgraph.loaders.nlp import pipeline
from scamgraph.model import Label
from tests.unit.test_news_extraction import run

_TEXT = ("MANILA, Philippines — Police raided a compound in Pasay on Monday.\n\n"
         "They rescued 40 workers; 12 were Chinese. The Department of Justice (DOJ) said "
         "charges would follow.\nSUSPECTS HELD\nThe DOJ said five were held")


def test_the_sentences_are_those_doc_sents_gives() -> None:
    doc = pipeline()(_TEXT)
    assert [(s.start, s.end, s.start_char, s.end_char) for s in _sentences(doc)] \
        == [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]


def test_a_one_word_and_an_empty_text_have_their_sentences() -> None:
    for text in ("Raid", " ", ""):
        doc = pipeline()(text)
        assert [(s.start, s.end) for s in _sentences(doc)] == [(s.start, s.end) for s in doc.sents]


def test_a_body_and_its_acronym_in_brackets_are_one_agency() -> None:
    agencies = [n.name for n in run(_TEXT).nodes.values() if n.label == Label.AGENCY]
    assert len([name for name in agencies if "Justice" in name or name == "DOJ"]) == 1

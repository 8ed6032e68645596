"""The name finder leaves the entities it set on the document for the news reader (as ``Ent``
spans, which keep their label and id strings): they must be what ``Doc.ents`` reads back."""

from __future__ import annotations

import random
from pathlib import Path

from scamgraph.loaders import nlp as nlp_module
from scamgraph.loaders.nlp.ents import ENTS_KEY, Ent, document_ents
from scamgraph.loaders.text import read_article

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
HOLDOUT = Path(__file__).resolve().parents[1] / "holdout"


def _texts() -> list[str]:
    texts = [read_article(p).text for folder in (CORPUS, HOLDOUT) for p in sorted(folder.iterdir())
             if p.suffix in {".txt", ".md", ".html"} and not p.name.startswith("README")]
    sentences = [s for text in texts for s in text.split(". ")]
    rng = random.Random(7)  # stories of shuffled sentences: more names next to more gazetteer words
    return texts + [". ".join(rng.sample(sentences, 25)) for _ in range(40)]


def test_the_reader_gets_the_entities_doc_ents_reads() -> None:
    nlp = nlp_module.build()
    for text in _texts():
        doc = nlp(text)
        assert ENTS_KEY in doc.user_data
        kept = document_ents(doc)
        assert all(type(e) is Ent for e in kept)
        assert [(e.start, e.end, e.label, e.kb_id, e.id, e.label_, e.id_) for e in kept] == \
            [(e.start, e.end, e.label, e.kb_id, e.id, e.label_, e.id_) for e in doc.ents]
        assert ENTS_KEY not in doc.user_data  # taken off (a span on its own doc's data is a cycle)
        rebuilt = document_ents(doc)  # without them: Doc.ents, as Ent spans
        assert [(e.start, e.end, e.label_, e.id_) for e in rebuilt] == [(e.start, e.end, e.label_, e.id_) for e in kept]


def test_entities_read_back_as_doc_ents_reads_them() -> None:
    """``Doc.set_ents`` passes over a span with no label, and a span with no id keeps the id its
    first token had: the entities left for the reader follow both rules."""
    from scamgraph.loaders.nlp.names import _as_set

    nlp = nlp_module.build()
    doc = nlp.make_doc("Ramon Dizon was arrested in Manila on Monday.")
    doc.set_ents([Ent(doc, 0, 1, label="PLACE", span_id="Ramon|city|PH")], default="unmodified")
    found = (Ent(doc, 0, 2, label="PERSON"), Ent(doc, 3, 4), Ent(doc, 5, 6, label="PLACE", span_id="Manila|city|PH"))
    doc.set_ents(list(found), default="outside")
    read = _as_set(doc, found)
    assert [(e.start, e.end, e.label_, e.id_) for e in read] == [(e.start, e.end, e.label_, e.id_) for e in doc.ents]
    assert [(e.label_, e.id_) for e in read] == [("PERSON", "Ramon|city|PH"), ("PLACE", "Manila|city|PH")]


def test_entities_set_outside_annotate_every_token_as_set_ents_does() -> None:
    """``set_ents_outside`` (the name finder's way) and ``Doc.set_ents(default="outside")`` leave
    every token with the same IOB tag, type, kind id and id, over a gazetteer's annotation, on a
    fresh document, with a span that has no label, and on an empty document."""
    from scamgraph.loaders.nlp.ents import set_ents_outside

    nlp = nlp_module.build()
    texts = [*_texts()[:30], "", "Ramon Dizon was arrested in Manila on Monday."]

    def tokens(doc):  # type: ignore[no-untyped-def]
        return [(t.ent_iob, t.ent_type, t.ent_kb_id, t.ent_id) for t in doc]

    for text in texts:
        for fresh in (False, True):
            ours, theirs = (nlp.make_doc(text) if fresh else nlp(text) for _ in range(2))
            picked = [(e.start, e.end, e.label, e.kb_id, e.id) for e in list(theirs.ents)[::2]]
            if len(ours) > 1 and all(start > 0 for start, *_ in picked):
                picked.insert(0, (0, 1, 0, 0, 0))  # a span with no label: set_ents passes over it
            set_ents_outside(ours, [Ent(ours, s, e, label=lab, kb_id=k, span_id=i) for s, e, lab, k, i in picked])
            theirs.set_ents([Ent(theirs, s, e, label=lab, kb_id=k, span_id=i) for s, e, lab, k, i in picked],
                            default="outside")
            assert tokens(ours) == tokens(theirs)

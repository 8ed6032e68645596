"""An optional trained spaCy model behind the rules: its PERSON, ORG and GPE entities are added
only where the rules found nothing, so the rules stay the authority and the model fills gaps
(``pipeline("en_core_web_sm")``; the model must be installed)."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from scamgraph.loaders.nlp.ents import ENTS_KEY
from scamgraph.resolve import country_code

__all__: list[str] = []


@Language.factory("scamgraph_statistical", default_config={"model": "en_core_web_sm"})
def _statistical(nlp: Language, name: str, model: str) -> Any:
    """Add a trained model's PERSON/ORG/GPE where the rules found nothing (optional)."""
    trained = spacy.load(model, exclude=["lemmatizer", "parser"])

    def component(doc: Doc) -> Doc:
        other = trained(doc.text)
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        extra = []
        mapping = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE"}
        for ent in other.ents:
            label = mapping.get(ent.label_)
            span = doc.char_span(ent.start_char, ent.end_char, label=label or "", alignment_mode="contract") if label else None
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                if label == "PLACE":
                    code = country_code(span.text)
                    span = Span(doc, span.start, span.end, label="COUNTRY" if code else "PLACE",
                                span_id=code or f"{span.text}|city|")
                extra.append(span)
                taken.update(range(span.start, span.end))
        doc.ents = tuple(sorted([*doc.ents, *extra], key=lambda e: e.start))
        doc.user_data.pop(ENTS_KEY, None)  # (the name finder's entities are no longer all of them)
        return doc

    return component

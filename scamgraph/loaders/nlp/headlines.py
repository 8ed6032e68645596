"""A headline or subheading in title case is no name: "NIA Cracks Down on Cyber Slavery and Human
Trafficking Syndicate", "Lao Police Join Regional Partners to Break Up ...", "Raid
Trigger: Victim Reports Abuse" read as a body, an agency and a person. Headlines keep the verb in
the present ("Cracks", "Join", "Reports"); a capitalized run that holds such a verb is a clause,
not a name (a closed class of headline verbs)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["headline_runs"]

#: Present-tense verbs of headlines; none stands inside the name of a body or a person.
HEADLINE_VERBS = frozenset({"cracks", "join", "joins", "reports", "rescues", "arrests", "deports", "raids", "busts",
                            "nabs", "seizes", "says", "warns", "urges", "repatriates", "sentences", "launches",
                            "vows", "probes", "flees", "denies", "frees", "detains", "extradites", "dismantles",
                            "uncovers", "rounds"})
_NAMED = frozenset({"ORG", "AGENCY", "PERSON"})


def headline_runs(view: DocView) -> set[Span]:
    """The names of two words or more in the document's entities that hold a headline verb."""
    return {e for e in view.ents if e.label_ in _NAMED and len(e) >= 2 and _holds_a_verb(view, e)}


def _holds_a_verb(view: DocView, ent: Span) -> bool:
    return any(view.lower[k] in HEADLINE_VERBS and view.words[k][:1].isupper() for k in range(ent.start, ent.end))

"""A breakdown told apart from the count it parts: "Police held 40 foreigners on Monday. They had
come by boat. The group comprises 25 Bolivians and 15 Chileans", "Ortiz said the 40 foreigners
were composed of ...". The opening refers back (a definite noun phrase, grammar): "the group" to
the people the story counted last (as does "the nationalities": "The nationalities included:
Ruritania (25), Freedonia (15)"), "the 40 foreigners" to the people an act counted 40 of, so
the parts take that act even where other sentences stand between."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.words import _COUNT_VERBS
from scamgraph.model import RelType

__all__ = ["BreakdownWhole"]

#: The count keys of acts done to people, with the act ("arrested" -> ARRESTED).
_KEY_ACTS = {key: rel for rel, key, _kind in _COUNT_VERBS.values() if rel is not None}
#: Words that open a breakdown ("comprises", "consisted of", "made up of", "included").
_OPENING_VERBS = frozenset({"included", "include", "includes", "comprised", "comprise", "comprises",
                            "consisted", "consist", "consists", "composed", "made"})

#: Nouns that name the people counted last as a whole: "The group comprises ...", "The
#: nationalities included: Ruritania (40), ..." (the people named by what they are of).
_WHOLE_NOUNS = frozenset({"group", "nationalities"})


class BreakdownWhole:
    """Finds the act whose people a breakdown opening names again (mixed into the count rules)."""

    def _breakdown_whole(self, sent: Span) -> tuple[RelType | None, str, _Event] | None:
        """The act, count key and event of the people a breakdown opening refers back to: the last
        act counted the opening's number ("the 40 foreigners"), or the last that counted people for
        "the group"; None where the sentence opens no breakdown or names neither."""
        if sent.start not in self._matches.parts_next:  # type: ignore[attr-defined]
            return None
        lower = self.lower  # type: ignore[attr-defined]
        verb = next((k for k in range(sent.start, sent.end) if lower[k] in _OPENING_VERBS), None)
        if verb is None:
            return None
        before = range(max(sent.start, verb - 4), verb)
        number = next((self._number_at(k, verb)[0] for k in before  # type: ignore[attr-defined]
                       if self.like_num[k]), None)  # type: ignore[attr-defined]
        if number is None and _WHOLE_NOUNS.isdisjoint(lower[k] for k in before):
            return None
        for event in reversed(self.events):  # type: ignore[attr-defined]
            key = next((k for k, v in event.counts.items() if k in _KEY_ACTS and number in (None, v)), None)
            if key is not None:
                return _KEY_ACTS[key], key, event
        return None

"""Towns a country's word places (convention 6): "the Zorvanian city of Lotville", "the Zorvanian
provinces of Merrow, Tarsk and Vey", "the Zorvania border town of Lotville", "Zorvania's border
province of Merrow", "Lotville, a Zorvanian border town". The word before the kind names the
country the town lies in, though no comma or "in" joins the two names as ``places.py`` reads them.

The country is a place of the story only where the text names it as one somewhere: a demonym
alone ("the Zorvanian city of Lotville") makes no country node, so each pair waits until the
whole text is read and is kept only if that country's node is there."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.place_ranks import _rank
from scamgraph.loaders.news.state import _State
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S
from scamgraph.model import Evidence, Label, Node, RelType, make_key
from scamgraph.resolve import country_code, country_name

__all__ = ["CountryWordPlaces"]

#: Heads a country's word qualifies besides the gazetteer's kind words ("the Zorvanian capital of X")
_HEADS = frozenset({"capital", "cities", "towns", "provinces", "states", "prefectures", "districts", "hub"})
#: The most lower-case words between the country's word and the head ("border", "coastal", "tourist")
_QUALIFIERS = 2


class CountryWordPlaces(_State):
    """Town -> country pairs told by the country's word before a kind of place."""

    def _country_word_places(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        """Note each town a country's word places in this sentence (kept by ``_place_by_country_words``)."""
        at = {e.start: e for e in ents if e.label_ == "PLACE" and (e.start, e.end) in nodes}
        for k in range(sent.start + 2, sent.end - 1):
            code = self._country_before(k - 1, sent.start, with_article=True) \
                if self.lower[k] == "of" and self._is_head(k - 1) else None
            if code is None:
                continue
            for ent in self._names_after(k + 1, at, sent.end):
                self._note_country_word(nodes[(ent.start, ent.end)], code, ev)
        for ent in at.values():  # "Lotville, a Zorvanian border town"
            k = ent.end
            if self.words[k:k + 2] in ([",", "a"], [",", "an"]) and k + 4 < sent.end:
                head = next((j for j in range(k + 3, min(sent.end, k + 4 + _QUALIFIERS)) if self._is_head(j)), None)
                code = self._country_before(head, k + 2, with_article=False) if head is not None else None
                if code:
                    self._note_country_word(nodes[(ent.start, ent.end)], code, ev)

    def _is_head(self, k: int) -> bool:
        """A kind of place or one of the few heads a country's word qualifies ("capital", "cities")."""
        return self.lower[k] in _HEADS or self.lower[k] in gz.place_kinds()

    def _country_before(self, head: int, floor: int, with_article: bool) -> str | None:
        """The country whose word stands before the head at ``head``, over at most two lower-case words:
        "the Zorvanian (border) city", "Zorvania's border province" (``with_article``: "the" opens the
        phrase unless a possessive closes the country's name); None where no such word is there."""
        j = head - 1
        while j > floor and head - j <= _QUALIFIERS and self.words[j].isalpha() and self.words[j].islower():
            j -= 1
        if j < floor:
            return None
        if self.words[j] in POSSESSIVE_S and j - 1 >= floor and self.doc[j - 1].ent_type_ == "COUNTRY":
            return country_code(self.words[j - 1])  # "Zorvania's border province of Merrow"
        if not self.words[j][:1].isupper() or self.doc[j].ent_type_ not in {"NORP", "COUNTRY"}:
            return None
        if with_article and (j - 1 < floor or self.lower[j - 1] != "the"):
            return None
        return country_code(self.words[j])

    def _names_after(self, k: int, at: dict[int, Span], end: int) -> list[Span]:
        """The place at ``k`` and those listed after it by commas and a closing "and": "of A, B and C"."""
        found: list[Span] = []
        while k in at:
            found.append(at[k])
            k = at[k].end
            k += k < end and self.lower[k] in gz.place_kinds()
            if self.words[k:k + 2] in ([",", "and"], [",", "or"]):
                k += 2
            elif k < end and self.lower[k] in {",", "and", "or"}:
                k += 1
            else:
                break
        return found

    def _note_country_word(self, node: Node, code: str, ev: Evidence) -> None:
        """Keep the pair if the town is no country and is not known to lie in another one."""
        if node.label is Label.LOCATION and _rank(node) < 4 and node.properties.get("country") in {None, "", code}:
            self.country_words.append((node.key, code, ev))

    def _place_by_country_words(self) -> None:
        """Each noted town LOCATED_IN its country, where the text names that country as a place."""
        for key, code, ev in self.country_words:
            country = make_key(Label.LOCATION, country_name(code))
            if country in self.batch.nodes and key in self.batch.nodes:
                self._edge(RelType.LOCATED_IN, key, country, ev)

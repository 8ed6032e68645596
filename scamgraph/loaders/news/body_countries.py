"""Whose country a named body is, read from the words around its name rather than from the name
itself: a country or a city before it in the possessive ("Indonesia's", "Tokyo's"), a place or a
country word inside it ("Svay Rieng provincial police", "the Lao Ministry ..."), the known body it
is "of" or is owned by, the town a ministry sits in, the one government, people or list beside
it, and the countries and known bodies the whole article names. Kept apart from agencies.py,
which decides from these readings which body a name is."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.agency_names import _generic_agency, _written_country
from scamgraph.loaders.news.mention_text import _in_phrases
from scamgraph.loaders.news.state import _State
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_MARKS, POSSESSIVE_S
from scamgraph.model import Label
from scamgraph.resolve import country_code

#: Country words too short to pass for a name when looked up alone (a code must be written in
#: capitals), read as their country inside a body's name: "the Lao Ministry of Public Security".
_SHORT_COUNTRY_WORDS = {"Lao": "LA"}


def _country_named_first(name: str) -> str:
    """The country a body's name opens with ("Taiwan Foreign Ministry", "Sri Lankan Ministry of
    ..."), "" when it opens with none (its country, if any, was only guessed from the story)."""
    words = name.split()
    if len(words) < 2:
        return ""
    return country_code(" ".join(words[:2])) or country_code(words[0]) or ""


class BodyCountries(_State):
    """The country of an agency mention, from its context (mixed into the agency rules)."""

    def _parent_country(self, ent: Span) -> str:
        """The country of the known body a unit is "of": "the Anti-Cyber Crime Department of the
        Cambodian National Police" is Cambodia's, wherever the story was filed from."""
        k = ent.end + (self.lower[ent.end:ent.end + 2] == ["of", "the"]) * 2
        if k == ent.end or k >= len(self.doc) or self.doc[k].ent_type_ != "AGENCY":
            return ""
        parts = (self.doc[k].ent_id_.split("|") + ["", "", ""])[:3]
        return parts[2] if parts[0] else ""

    def _named_countries(self) -> frozenset[str]:
        """The countries the article names, by name, demonym or one of their places (once per article)."""
        if self._countries_named is None:
            self._countries_named = frozenset(
                code for ent in self.ents if ent.label_ in {"COUNTRY", "NORP", "PLACE"}
                for code in [ent.id_.split("|")[-1]] if code)
        return self._countries_named

    def _acting_government(self, ent: Span) -> str:
        """The country of a government named by its country ("The Korean government", "the Thai
        government") in the sentence of ``ent`` or the one before, where it is the only one there."""
        sent = ent.sent
        floor = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        codes = {_country_named_first(self._text(e)) for e in self.ents
                 if e.label_ == "AGENCY" and floor <= e.start < ent.start and self._text(e).lower().endswith("government")}
        codes.discard("")
        return next(iter(codes)) if len(codes) == 1 else ""

    def _listed_beside(self, ent: Span) -> str:
        """The country of the body listed right before this one ("Korea's police agency and the
        justice ministry"), when the two stand in one list joined by commas or "and"; else ""."""
        for (start, end), node in self.span_node.items():  # type: ignore[attr-defined]
            if end <= ent.start and ent.start - end <= 3 and node.label is Label.AGENCY \
                    and all(w in {",", "and", "the"} for w in self.lower[end:ent.start]) and ent.start > end:
                return str(node.properties.get("country") or "")
        return ""

    def _one_people(self) -> str:
        """The one nationality the story names people of (by demonym), else ""."""
        peoples = {ent.id_ for ent in self.ents if ent.label_ == "NORP" and ent.id_}
        return next(iter(peoples)) if len(peoples) == 1 else ""

    def _seat_after(self, ent: Span) -> str:
        """The country of the town or country right after a ministry's name and "in" ("the foreign
        ministry in Dhaka"): a ministry sits in its own country's capital (an embassy, which sits
        abroad, is read by ``missions_placed``)."""
        k = ent.end
        if self.lower[k:k + 1] != ["in"] or k + 1 >= len(self.lower):
            return ""
        place = next((e for e in self.ents if e.start == k + 1 and e.label_ in {"PLACE", "COUNTRY"}), None)
        return place.id_.split("|")[-1] if place is not None else ""

    def _countries_told(self) -> frozenset[str]:
        """The countries the article names (``_named_countries``) and those of the bodies it names by
        more than a name every country's body has ("U.S. District Court", "PNP"), once per article."""
        if self._countries_of_bodies is None:
            self._countries_of_bodies = self._named_countries() | frozenset(
                code for ent in self.ents if ent.label_ == "AGENCY" and not _generic_agency(self._text(ent))
                for code in [(ent.id_.split("|") + ["", "", ""])[2] or self._country_in(ent)] if code)
        return self._countries_of_bodies

    def _bodies_country(self) -> str:
        """The one country of every known body the article names by a name of its own ("PNP",
        "PAOCC": the Philippines), or "" where they are of several or none (once per article)."""
        if self._bodies_home is None:
            codes = {parts[2] for ent in self.ents if ent.label_ == "AGENCY"
                     for parts in [(ent.id_.split("|") + ["", "", ""])[:3]]
                     if parts[0] and parts[2] and not _generic_agency(parts[0])}
            self._bodies_home = next(iter(codes)) if len(codes) == 1 else ""
        return self._bodies_home

    def _possessor(self, ent: Span) -> str:
        doc = self.doc
        if ent.start >= 2 and self.words[ent.start - 1] in POSSESSIVE_MARKS and doc[ent.start - 2].ent_type_ in {"COUNTRY"}:
            return doc[ent.start - 2].ent_id_
        return ""

    def _owning_body_country(self, ent: Span) -> str:
        """"Kien Giang Provincial Police's Immigration Department": a unit owned by a body named
        before it in the possessive is that body's country's (its known code or the one read for it)."""
        if ent.start < 2 or self.words[ent.start - 1] not in POSSESSIVE_S:
            return ""
        owner = next((e for e in self.ents if e.end == ent.start - 1 and e.label_ == "AGENCY"), None)
        if owner is None:
            return ""
        node = self.span_node.get((owner.start, owner.end))
        country = node.properties.get("country") if node is not None else None
        return country if isinstance(country, str) and country else owner.id_.rsplit("|", 1)[-1]

    def _city_possessor(self, ent: Span) -> tuple[str, str] | None:
        """"Tokyo's Metropolitan Police Department": (the place, its country) that owns the body."""
        k = ent.start - 2
        if k < 0 or self.words[ent.start - 1] not in POSSESSIVE_S or self.doc[k].ent_type_ != "PLACE":
            return None
        place = next((e for e in self.ents if e.start <= k < e.end), None)
        if place is None:
            return None
        name = self._text(place)
        code = gz.place_countries().get(name) or gz.place_countries().get(place.ent_id_.split("|")[0])
        return (name, code) if code else None

    def _place_country(self, ent: Span) -> str:
        """The country of a place named inside an agency's name: "Svay Rieng provincial police"."""
        return _in_phrases(self._text(ent), gz.place_countries().get)

    def _country_in(self, ent: Span) -> str:
        places = gz.place_countries()
        for k in range(ent.start, ent.end):  # (every word of an entity has its entity type)
            if " ".join(self.words[k:k + 2]) in places:
                return places[" ".join(self.words[k:k + 2])]  # "Lao Cai provincial police": the word opens a place's
                # name (a Vietnamese province), as "British Columbia" opens the name of a Canadian body
            code = _written_country(self.words[k]) or _SHORT_COUNTRY_WORDS.get(self.words[k])
            if code:
                return code
        return _in_phrases(self._text(ent), _written_country)

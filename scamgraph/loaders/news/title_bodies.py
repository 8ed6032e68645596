"""Bodies that a person's title names without an entity of their own: "National Police Chief X"
(the role list took "Police Chief" and left "National"), "Foreign Minister X" of the Foreign
Ministry the article has named, "police spokesman X" of its one police body. Kept apart from
people.py, which reads the titles and appositions that do name their body."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from scamgraph.loaders.news.agencies import AgencyRules
from scamgraph.loaders.news.agency_names import _GENERIC_AGENCY_WORDS
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S
from scamgraph.model import Evidence, Label, Node, RelType

#: Head words a title in the role list may open with, leaving the rest of the body's name before it
_SWALLOWED_HEADS = frozenset({"police", "immigration"})
#: Lower-case body words before a title, and the kind of body they stand for ("police spokesman X")
_BARE_HEADS = {"police": "police", "immigration": "immigration"}
#: Ranks before a minister's portfolio ("Deputy Foreign Minister")
_RANK_WORDS = frozenset({"deputy", "vice", "assistant", "acting", "senior", "first"})  # not "former": no longer there


class TitleBodies(AgencyRules):
    """The employer a bare title tells of (mixed under the people rules)."""

    def _title_body(self, person: Node, before: list[Span], ev: Evidence) -> None:
        """The body a title names with no entity of its own: "National Police Chief X" (the role
        list took "Police Chief" and left "National"), "Foreign Minister X" of the Foreign Ministry
        this article has already named."""
        if any(p.label_ in {"AGENCY", "ORG", "NORP", "COUNTRY"} for p in before):
            return  # the title already names its body, or a country whose ministry may be another
        for role in (p for p in before if p.label_ == "ROLE"):
            if {"former", "ex", "late"} & set(self.lower[max(0, role.start - 2):role.start]):
                continue  # "Former Foreign Minister X" no longer works there
            body = self._swallowed_body(role) or self._ministry_told(role) or self._bare_body(role)
            if body is not None:
                self._edge(RelType.WORKS_FOR, person.key, body.key, ev)

    def _swallowed_body(self, role: Span) -> Node | None:
        """"National Police | Chief": the generic words before a title that opens with a body's head
        word make that body with it ("National" + "Police"), when the article has named that body;
        so does a town's name ("Rajpur" + "Police")."""
        if role.end - role.start < 2 or self.lower[role.start] not in _SWALLOWED_HEADS:
            return None
        k = role.start
        while k > 0 and self.words[k - 1][:1].isupper() and not self.doc[k - 1].ent_type_ \
                and self.lower[k - 1] in _GENERIC_AGENCY_WORDS:
            k -= 1
        town = k == role.start
        if town:
            k = self._town_before(k)  # "Rajpur | Police Commissioner X": the town's police, named in the story
        if k == role.start:
            return None
        while k > 0 and self.doc[k - 1].ent_type_ in {"NORP", "COUNTRY"}:
            k -= 1  # "Thai National Police | Chief": Thailand's, not the dateline country's
        told = set(self.batch.nodes)
        body = self._agency(Span(self.doc, k, role.start + 1, label="AGENCY"))
        if body.key not in told and not (town and self._named_apart(k, role.start + 1)):
            # (a body named only inside a title makes no node of its own)
            del self.batch.nodes[body.key]
            return None
        return body

    def _named_apart(self, start: int, end: int) -> bool:
        """The body whose words are ``start:end`` ("Rajpur Police") is named on its own elsewhere
        in the story, before or after the title ("The Rajpur police busted the ring")."""
        words = tuple(self.lower[start:end])
        return any(ent.label_ == "AGENCY" and ent.start != start
                   and tuple(w for w in self.lower[ent.start:ent.end] if w != "the") == words for ent in self.ents)

    def _town_before(self, k: int) -> int:
        """Where the name of a town or province right before ``k`` starts ("Rajpur | Police
        Commissioner"), or ``k`` where none stands there: a city's police is named by its city."""
        if k == 0 or self.doc[k - 1].ent_type_ != "PLACE":
            return k
        j = k - 1
        while j > 0 and self.doc[j].ent_iob_ == "I":
            j -= 1
        return j

    def _bare_body(self, role: Span) -> Node | None:
        """"police spokesman X" (a lower-case body word before the title): the one police body the
        article has named, when it has named exactly one."""
        k = role.start - 1
        if k >= 2 and self.words[k] in POSSESSIVE_S and self.lower[k - 2] == "the":
            k -= 1  # "the ministry's spokeswoman X": the body told of before
        if k >= 0 and self.lower[k] == "ministry" and not self.doc[k].ent_type_:
            return self._the_one_ministry()  # "Ministry spokesperson X", "the ministry's spokeswoman X"
        kind = _BARE_HEADS.get(self.lower[k]) if k >= 0 and self.words[k].islower() else None
        if kind is None:
            return None
        return self._the_only_body(lambda n: n.properties.get("kind") == kind)

    def _the_one_ministry(self) -> Node | None:
        """The one ministry this article has named ("the Ministry of Foreign Affairs"), which a
        title opening with a bare "ministry" or "the ministry's" refers back to; None where it has
        named none or several."""
        return self._the_only_body(lambda n: "ministry" in n.name.lower().split())

    def _the_only_body(self, wanted: Callable[[Node], bool]) -> Node | None:
        """The article's one agency that ``wanted`` picks, or None where it named none or several."""
        found = [n for n in self.batch.nodes.values() if n.label == Label.AGENCY and wanted(n)]
        return found[0] if len(found) == 1 else None

    def _ministry_told(self, role: Span) -> Node | None:
        """"Foreign Minister | X": the "Foreign Ministry" this article names with no country (that is
        the article's own); a "Thai Foreign Ministry" may be another country's than the minister's."""
        words = [w for w in self.lower[role.start:role.end] if w not in _RANK_WORDS]
        if len(words) < 2 or words[-1] != "minister":
            return None
        wanted = " ".join(words[:-1] + ["ministry"])
        found = {n.key: n for n in self.batch.nodes.values() if n.label == Label.AGENCY and n.name.lower() == wanted}
        return next(iter(found.values())) if len(found) == 1 else None

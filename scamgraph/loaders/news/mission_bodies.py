"""Diplomatic missions as bodies: one embassy written two ways ("Embassy of India" / "Indian
Embassy"), the missions of a list of countries after a plural mission word, the embassy a
diplomat's title names, and the mission that a sentence names beside a foreign ministry (whose
home it tells). Kept apart from agencies.py, which reads every other body's name; where a
mission stands is read in missions.py."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.agency_names import _agency_kind, _mission_by_demonym, _short_demonym
from scamgraph.loaders.news.own_citizens import _POSTS, _code_of
from scamgraph.loaders.news.state import _State
from scamgraph.model import Evidence, Label, Node, RelType
from scamgraph.resolve import entity_key

#: Lower-case words for diplomatic missions before "of" and a list of countries, and the name's head.
_LISTED_MISSIONS = {"embassies": "Embassy", "embassy": "Embassy", "consulates": "Consulate", "consulate": "Consulate"}


class MissionBodies(_State):
    """Agency nodes of diplomatic missions (mixed into the agency rules)."""

    def _mission_beside(self, ent: Span) -> bool:
        """The sentence of ``ent`` names an embassy or a consulate."""
        sent = ent.sent
        return any(e.label_ == "AGENCY" and sent.start <= e.start < sent.end and not _POSTS.isdisjoint(e.text.lower().split())
                   for e in self.ents)

    def _home_of_mission(self, ent: Span) -> str:
        """The one country whose embassy or consulate the sentence of ``ent`` names, where that is not
        the country the story is set in: a foreign ministry working with its own mission abroad."""
        sent = ent.sent
        homes = {_code_of(e) for e in self.ents if e.label_ == "AGENCY" and e is not ent
                 and sent.start <= e.start < sent.end and not _POSTS.isdisjoint(e.text.lower().split())} - {""}
        home = next(iter(homes)) if len(homes) == 1 else ""
        return home if home != self.article_country else ""

    def _listed_mission(self, ent: Span) -> Node | None:
        """"officials of the embassies of Kenya, Nepal and the Congo": each country of the list after
        a plural (or lower-case) mission word has its own mission, and is no place of the story. A
        capitalized one that no name holds is the same ("through the Embassies of Norway in A and
        B", "the Consulate-General of Norway in C": that country's embassy, its consulate general)."""
        k = ent.start - 1
        while k > 0 and (self.lower[k] in {",", "and", "the"} or self.doc[k].ent_type_ == "COUNTRY"):
            k -= 1
        general = k > 3 and self.lower[k - 3:k] == ["consulate", "-", "general"]  # (hyphened: three tokens)
        mission = "Consulate General" if general and self.lower[k] == "of" else \
            _LISTED_MISSIONS.get(self.lower[k - 1]) if k > 0 and self.lower[k] == "of" else None
        if mission is None or not self.words[k - 1].islower() and self.doc[k - 1].ent_type_:
            return None
        name = f"{_short_demonym(ent.id_)} {mission}"
        return self._add(Node(Label.AGENCY, name, key=entity_key(Label.AGENCY, name),
                              properties={"kind": _agency_kind(name) or None, "country": ent.id_}))

    def _envoys_mission(self, person: Node, ev: Evidence) -> None:
        """"Indonesian Ambassador to Cambodia Santo Darmosumarto": a diplomat whose title names the
        state he serves works for that state's embassy, when the article names it, before the
        diplomat or after ("the Indonesian embassy", in lower case too)."""
        code = person.properties.get("office_country")
        if person.properties.get("role_class") != "diplomat" or not code:
            return
        found = [n for n in self.batch.nodes.values()
                 if n.label == Label.AGENCY and _mission_by_demonym(_capital_mission(n.name)) == ("Embassy", code)]
        if not found:  # "... ambassador X said. ... The Atlantean embassy is working with ...": named further on
            later = [e for e in self.ents if e.label_ == "AGENCY"
                     and _mission_by_demonym(_capital_mission(self._name_of(e))) == ("Embassy", code)]
            found = [self._agency(later[0])] if later else []  # type: ignore[attr-defined]
        if len(found) == 1:
            self._edge(RelType.WORKS_FOR, person.key, found[0].key, ev)

    def _mission_told(self, text: str) -> Node | None:
        """The agency node of this article that is the same diplomatic mission written the other
        way ("Embassy of India" / "Indian Embassy"); each way alone keeps its written name."""
        wanted = _mission_by_demonym(text)
        if wanted is None:
            return None
        for node in self.batch.nodes.values():
            if node.label == Label.AGENCY and node.name != text and _mission_by_demonym(node.name) == wanted:
                return node
        return None


def _capital_mission(name: str) -> str:
    """An embassy's name with its head word capitalized ("Atlantean embassy" -> "Atlantean Embassy"),
    so that a name written in lower case compares as the same mission (``_mission_by_demonym``)."""
    head, _, last = name.rpartition(" ")
    return f"{head} Embassy" if head and last == "embassy" else name

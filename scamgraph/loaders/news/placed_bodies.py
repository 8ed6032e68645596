"""Bodies named by where they sit: "Authorities in Laos have arrested ...", "Police in the northern
province of Lao Cai on Monday arrested 21 people", "helped by authorities in Myanmar and
Thailand". A bare body noun ("police", "authorities") placed by "in" in one country or town (or
two joined by "and") is that place's body, named as news names it: the demonym for a country
("Lao authorities"; the national force the gazetteer knows for "police"), the town's or
province's own name for a town or province ("Lao Cai police"). When the phrase is the subject of
an act ("Police in X arrested"), the body carried the act out and, for an act police do where
they sit (a raid, an arrest, a rescue), the act happened in that place, unless the sentence
names where."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.agency_names import _known_by_country, body_adjective
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.model import Evidence, Label, Node, RelType
from scamgraph.resolve import entity_key

__all__ = ["PlacedBodies"]

#: Bare body nouns that "in <place>" makes that place's body: "authorities in Laos"
_BARE_BODIES = frozenset({"authorities", "police"})
#: Words that may stand right before such a noun: a determiner, a preposition, a conjunction, a
#: verb of acting with it ("by authorities in X", "the police in X", "said authorities in X")
_BEFORE_BARE_BODY = frozenset({"the", "by", "with", "of", "to", "from", "and", "that", "as", "for", "said", "says",
                               "told", "where", "when", "while", "after", "before", "which", "but", "helped",
                               "cooperation", "coordination", "assistance", "help", "support"})
#: Acts a force does where it sits: the town or country of the force is where they happened
_DONE_WHERE_THEY_SIT = frozenset({"raid", "arrest", "detention", "rescue", "seizure"})
#: The most lower-case words describing a kind of place before "of" ("the northern mountainous province of X")
_KIND_REACH = 4


class PlacedBodies(_State):
    """Agency nodes for "police/authorities in <place>", and what the subject of that form did."""

    def _bodies_in_places(self, sent: Span, ents: list[Span]) -> None:
        """The bodies placed by "in" in this sentence: nodes added, and (phrase, node, place) kept in
        ``placed_bodies`` for the event links. Not a body told with a modifier of its own ("local
        authorities in X": another rule), one addressed by a verb ("pressuring authorities in X":
        the government pressed, no actor), nor one of a longer list of places ("police in A, B, C
        and D": cooperation told in general)."""
        self.placed_bodies = []
        lower = self.lower
        if _BARE_BODIES.isdisjoint(lower[sent.start:sent.end]):
            return  # (most sentences)
        places = {e.start: e for e in ents if e.label_ in {"COUNTRY", "PLACE"}}
        for k in range(sent.start, sent.end - 2):
            if lower[k] not in _BARE_BODIES or lower[k + 1] != "in" or self.doc[k].ent_type_:
                continue
            before = lower[k - 1] if k > sent.start else ""
            if before.isalpha() and before not in _BEFORE_BARE_BODY:
                continue  # "local authorities in X", "pressuring authorities in X"
            first = places.get(self._place_after_in(k + 2, sent.end))
            if first is None:
                continue
            while lower[first.end:first.end + 1] in (["'s"], ["’s"]) and (
                    inner := places.get(self._place_after_in(first.end + 1, sent.end))) is not None:
                first = inner  # "in Gujarat's Surat", "in Saudi Arabia's port city of Jeddah": the town's
            run = [first]
            if lower[first.end:first.end + 1] == ["and"] and first.end + 1 in places:
                run.append(places[first.end + 1])
            if lower[run[-1].end:run[-1].end + 1] in ([","], ["and"]) and run[-1].end + 1 in places \
                    and not self._apposed_place(run[-1].end, places, sent.end):
                continue  # a longer list of places
            phrase = Span(self.doc, k, self._place_end(run[-1].end, sent.end), label="AGENCY")
            for place in run:
                node = self._placed_body(lower[k], place)
                if node is not None:
                    self.placed_bodies.append((phrase, node, place))

    def _apposed_place(self, comma: int, places: dict[int, Span], end: int) -> bool:
        """"Police in Lanxi, Zhejiang province, arrested": the place between the two commas says
        where the first one lies (its province or country), and the word after the second comma goes
        on with the sentence; no list of places ("in A, B, C and D") is told."""
        second = places.get(comma + 1)
        if second is None or self.lower[comma] != ",":
            return False
        close = self._place_end(second.end, end)
        while close < end and self.lower[close] in gz.place_kinds():
            close += 1  # "Zhejiang province": the kind word in lower case
        return close + 1 < end and self.lower[close] == "," and close + 1 not in places \
            and self.lower[close + 1] not in {"and", "or"}

    def _place_after_in(self, k: int, end: int) -> int:
        """Where the place after "in" starts: right there, after "the", or after "the <words>
        <kind of place> of" ("in the northern province of Lao Cai")."""
        k += self.lower[k:k + 1] == ["the"]
        for j in range(k, min(end - 1, k + _KIND_REACH)):
            if self.lower[j] == "of" and j > k and self.lower[j - 1] in gz.place_kinds():
                return j + 1
            if not self.words[j].islower():
                break
        return k

    def _place_end(self, k: int, end: int) -> int:
        """The end of a place's phrase, past the kind word that ends its name ("Lai Chau Province")."""
        while k < end and self.lower[k] in gz.place_kinds() and self.words[k][:1].isupper():
            k += 1
        return k

    def _placed_body(self, noun: str, place: Span) -> Node | None:
        """The body ``noun`` ("police", "authorities") of a country or of a town or province."""
        if place.label_ == "COUNTRY":
            code = place.id_
            text = f"{body_adjective(code)} {noun}"
            name = (_known_by_country(code, "police", text) or text) if noun == "police" else text
        else:
            canonical, _kind, code = (place.id_.split("|") + ["", "", ""])[:3]
            if not canonical or not code:
                return None
            name = f"{canonical} {noun}"
            self.town_bodies[entity_key(Label.AGENCY, name)] = canonical
        kind = "police" if noun == "police" else "government"
        return self._add(Node(Label.AGENCY, name, key=entity_key(Label.AGENCY, name), properties={"kind": kind, "country": code}))

    def _placed_bodies_places(self, events: list[_Event], nodes: dict, ev: Evidence) -> None:
        """"Police in Surabaya arrested 34": an act a force does where it sits, which it carried out
        and whose sentence names no place of it, happened in the force's town or country."""
        if not self.placed_bodies:
            return  # (most sentences: no need to read the story's edges)
        theirs = {node.key for _p, _b, place in self.placed_bodies if (node := nodes.get((place.start, place.end)))}
        placed = {s for s, r, t in self.edges if r is RelType.OCCURRED_AT and t not in theirs}
        for _phrase, body, place in self.placed_bodies:
            where = nodes.get((place.start, place.end))
            if where is None or where.label is not Label.LOCATION:
                continue
            for event in events:
                key = event.node.key
                if event.type in _DONE_WHERE_THEY_SIT and key not in placed \
                        and (body.key, RelType.CONDUCTED, key) in self.edges:
                    self._edge(RelType.OCCURRED_AT, key, where.key, ev)

    def _drop_idle_town_bodies(self) -> None:
        """"Police in X requested help": a town's body told by "in", doing nothing and named no
        other way, is no node (a country's is kept, as before: "authorities in Laos" is a body the
        story names)."""
        acting = {k for s, _r, t in self.edges for k in (s, t)} | {n.key for n in self.span_node.values()}
        for key in [key for key in self.town_bodies if key not in acting]:
            self.batch.nodes.pop(key, None)
            del self.town_bodies[key]

    def _town_bodies_named(self) -> dict[str, str]:
        """"Police in Lai Chau Province have arrested 12 ... the Lai Chau Provincial Police said": a
        town's body told by "in" and a body of the same kind whose name starts with the town's are one
        body; the key of the first -> that of the full name (where exactly one such name is told)."""
        named: dict[str, str] = {}
        for key, town in self.town_bodies.items():
            body = self.batch.nodes.get(key)
            if body is None:
                continue
            prefix = town.lower() + " "
            same = [n.key for n in self.batch.nodes.values() if n.label is Label.AGENCY and n.key not in self.town_bodies
                    and _same_kind(body, n) and n.name.lower().startswith(prefix)]
            if len(same) == 1:
                named[key] = same[0]
        return named


def _same_kind(placed: Node, named: Node) -> bool:
    """A town's placed body and a named one are of one kind: the same kind, or, for "police", a name
    holding the word ("the Lanxi Police Department", whose head makes it a department)."""
    kind = placed.properties.get("kind")
    return named.properties.get("kind") == kind or kind == "police" and "police" in named.name.lower().split()

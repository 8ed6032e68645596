"""A town's police, by its full name ("the Osaka Prefectural Police", "Tokyo's Metropolitan Police
Department") and by its plain one ("Osaka police"): one force either way; and the "local police"
of the one country a sentence names. Kept apart from agencies.py because a town's force is named
by its place and rank, not by the gazetteer's national bodies."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.agency_names import _known_by_country, body_adjective
from scamgraph.loaders.news.own_citizens import _POSTS
from scamgraph.loaders.news.state import _State
from scamgraph.model import Label, Node
from scamgraph.resolve import entity_key, place_country

#: Words of a local body's level, which a later mention of the same body leaves out
_LOCAL_RANKS = re.compile(r" (?:provincial|municipal) ")
#: A place's police by its full name: "Osaka Prefectural Police", "Seoul Metropolitan Police Agency",
#: "(Tokyo's) Metropolitan Police Department" (the place may go unsaid where the rank is "Metropolitan")
_FULL_LOCAL_POLICE = re.compile(r"(?:the )?((?:[a-z][\w-]* ){0,3}?)(?:prefectural|provincial|metropolitan|municipal) "
                                r"police(?: department| agency| bureau)?")


def local_police_place(name: str) -> str | None:
    """The place of a local police force by its full name, lowercase ("Osaka Prefectural Police" ->
    "osaka", "Metropolitan Police Department" -> ""), None for any other name. "Osaka police" and
    the "Osaka Prefectural Police" are one force; a country's own ("Thai Provincial Police") is no
    one town's."""
    found = _FULL_LOCAL_POLICE.fullmatch(name.lower())
    if found is None:
        return None
    place = name[found.start(1):found.end(1)].strip()  # (as written: the gazetteer knows "Osaka", not "osaka")
    return None if place and not place_country(place) else place.lower()


def plain_police_place(name: str) -> str:
    """The town of "<town> police" ("Osaka police" -> "osaka"), "" for any other name (a
    country's police, "Thai police", is no town's)."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or len(words) > 4 or words[-1].lower() != "police" or not all(w.isalpha() for w in words):
        return ""
    place = " ".join(words[:-1])
    return place.lower() if place_country(place) else ""


#: Capitals whose police a story may call by their rank alone: "the Metropolitan Police Department"
#: of Tokyo (gazetteer/metropolitan_police.tsv)
_METROPOLITAN_TOWNS = frozenset(row[0] for row in gz.rows("metropolitan_police.tsv"))


class LocalPolice(_State):
    """Agency nodes of local police forces (mixed into the agency rules)."""

    def _local_police(self, sent: Span, ents: list[Span]) -> None:
        """"coordinated with local police", "arrested by local police in Poipet, Cambodia": the police
        of the one country the sentence names (its national force where the gazetteer knows one)."""
        if "local" not in self.lower[sent.start:sent.end - 1]:
            return  # (most sentences)
        at = [i for i in range(sent.start, sent.end - 1) if self.lower[i] == "local" and self.lower[i + 1] == "police"]
        codes = {e.id_ for e in ents if e.label_ == "COUNTRY"}
        if not at or len(codes) != 1 or any(e.label_ == "AGENCY" and not _POSTS.isdisjoint(e.text.lower().split())
                                            for e in ents):
            return  # ("the Consulate of X in Y, Cambodia ... local police": a mission's country is a second one)
        code = codes.pop()
        name = _known_by_country(code, "police", f"{body_adjective(code)} police") or f"{body_adjective(code)} police"
        self._add(Node(Label.AGENCY, name, key=entity_key(Label.AGENCY, name), properties={"kind": "police", "country": code}))

    def _local_police_told(self, name: str) -> Node | None:
        """"Osaka police" and "the Osaka Prefectural Police" (either told first): one town's force under
        its plain and its full name, where the story tells of one such only. A full name that names no
        town, "the Metropolitan Police Department", is the force of a capital told plainly ("Tokyo police")."""
        full, plain = local_police_place(name), plain_police_place(name)
        if full is None and not plain:
            return None
        nodes = [n for n in self.batch.nodes.values() if n.label == Label.AGENCY and n.name.lower() != name.lower()
                 and n.key not in self.town_bodies]  # ("Police in Lai Chau Province": named by ``placed_bodies``)
        if full is not None:
            found = [n for n in nodes if plain_police_place(n.name) in ({full} if full else _METROPOLITAN_TOWNS)]
        else:
            found = [n for n in nodes if local_police_place(n.name) == plain
                     or local_police_place(n.name) == "" and plain in _METROPOLITAN_TOWNS]
        return found[0] if len(found) == 1 else None

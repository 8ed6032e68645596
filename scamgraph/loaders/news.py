"""News loader: people, agencies, sites, places, nationalities and events from article text.

The pipeline (``loaders/nlp.py``) marks names; this module reads each sentence for the facts
between them and builds a GraphBatch. Every fact edge carries the sentence it came from
(character span into the article text, and the sentence as its quote).

The rules read how news is written, never a particular article:

* **Events** come from trigger words (raided, arrested, repatriated, warrant, ...). Arrests,
  detentions and rescues told in a raid's sentence, or after it, belong to that raid. An
  event's identity within a report is its type and date: "the raid" in a later sentence is the
  same raid; "92 sites raided in four months" is a campaign with a period of its own.
* **Counts** ("57 South Korean nationals were arrested", "fifty-seven", "3,455 people") belong to
  the event whose verb they sit next to; with a nationality they become an edge
  ``(event)-[:ARRESTED {count: 57}]->(:Nationality {iso2: "KR"})``, and every count also lands in
  the event's ``counts``.
* **People** get a role, nationality and employer from the title before the name
  ("CCOS spokesperson Touch Sokhak") or the apposition after it ("Chen Wei, a Chinese national");
  a later "Kim" is the nearest earlier person with that name part.
* **Delegations** are read with their country, leader ("led by"), members and purpose.

Event counts are stored as ``count_<what>`` properties (a graph property cannot hold a map);
``GraphBatch.to_dict`` shows them as one ``counts`` object.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span

from scamgraph.loaders import LoadError
from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import DateMention, find_dates, number_value
from scamgraph.loaders.identifiers import find_identifiers
from scamgraph.loaders.nlp import HONORIFICS, PLACE_RANK, pipeline
from scamgraph.loaders.text import Article, read_article
from scamgraph.model import Edge, Evidence, GraphBatch, Label, Node, RelType, make_key, report_key
from scamgraph.resolve import country_code, country_name, demonym, demonym_table, entity_key, place_country

__all__ = ["load", "extract", "EVENT_TRIGGERS"]

#: Trigger word -> event type. Multi-word triggers are checked first.
EVENT_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["raid", "raids", "raided", "raiding", "stormed", "swooped", "crackdown", "crackdowns",
                     "sweep", "sweeps", "searched", "inspection", "operation"], "raid"),
    **dict.fromkeys(["arrest", "arrests", "arrested", "arresting", "apprehended", "nabbed", "captured"], "arrest"),
    **dict.fromkeys(["detained", "detention", "detaining", "detain"], "detention"),
    **dict.fromkeys(["rescued", "rescue", "rescues", "freed", "liberated"], "rescue"),
    **dict.fromkeys(["repatriated", "repatriation", "repatriations", "repatriate", "repatriating"], "repatriation"),
    **dict.fromkeys(["deported", "deportation", "deportations", "deport", "deporting", "expelled", "extradited",
                     "extradition"], "deportation"),
    **dict.fromkeys(["visit", "visited", "visiting", "visits", "trip"], "visit"),
    **dict.fromkeys(["investigation", "investigations", "investigating", "probe", "inquiry", "hearing", "hearings"],
                    "investigation"),
    **dict.fromkeys(["charged", "charges", "indicted", "prosecuted", "convicted",
                     "sentenced", "accused"], "charge"),
    **dict.fromkeys(["warrant", "warrants"], "warrant"),
    **dict.fromkeys(["died", "death", "deaths", "killed", "dead"], "death"),
    **dict.fromkeys(["sanctioned", "sanctions", "sanction", "sanctioning", "blacklisted"], "sanction"),
}
_PHRASE_TRIGGERS = [
    (("arrest", "warrant"), "warrant"), (("arrest", "warrants"), "warrant"),
    (("flown", "home"), "repatriation"), (("sent", "home"), "repatriation"), (("returned", "home"), "repatriation"),
    (("brought", "home"), "repatriation"), (("bring", "home"), "repatriation"), (("bringing", "home"), "repatriation"),
    (("brought", "back"), "repatriation"),
    (("flown", "back"), "repatriation"), (("charter", "flight"), "repatriation"), (("handed", "over"), "repatriation"),
    (("charter", "flights"), "repatriation"), (("chartered", "flights"), "repatriation"),
    (("chartered", "flight"), "repatriation"), (("chartered", "plane"), "repatriation"),
    (("taken", "into", "custody"), "arrest"), (("rounded", "up"), "arrest"),
    (("red", "notice"), "warrant"), (("red", "notices"), "warrant"),
]
#: "OFAC also designated Ly Yong Phat": a sanction, when a sanctions authority is the one designating
_DESIGNATES = {"designated", "designates", "designating", "designation", "designations"}
_PHRASE_STARTS: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _kind in _PHRASE_TRIGGERS:
    _PHRASE_STARTS.setdefault(_phrase[0], []).append((_phrase, _kind))

#: Types that are part of a raid told in the same breath: no event of their own.
_PART_OF_RAID = {"arrest", "detention", "rescue"}

#: Verb next to a count -> (edge type or None, key in the event's counts, event type it implies).
_COUNT_VERBS: dict[str, tuple[RelType | None, str, str]] = {
    **dict.fromkeys(["arrested", "arresting", "arrest", "apprehended", "nabbed", "captured", "rounded", "apprehend"],
                    (RelType.ARRESTED, "arrested", "arrest")),
    **dict.fromkeys(["detained", "detaining", "detain", "held", "holding", "custody"], (RelType.DETAINED, "detained", "detention")),
    **dict.fromkeys(["found", "discovered", "located", "inside"], (RelType.FOUND, "found", "raid")),
    **dict.fromkeys(["rescued", "freed", "liberated", "saved", "escaped", "rescue", "free"], (RelType.RESCUED, "rescued", "rescue")),
    **dict.fromkeys(["repatriated", "repatriating", "repatriate", "returned", "flown", "repatriation", "handed"],
                    (RelType.REPATRIATED, "repatriated", "repatriation")),
    **dict.fromkeys(["deported", "deporting", "deport", "expelled", "deportation", "transferred", "extradited"],
                    (RelType.DEPORTED, "deported", "deportation")),
    **dict.fromkeys(["charged", "indicted", "prosecuted", "convicted", "sentenced", "accused"],
                    (RelType.CHARGED, "charged", "charge")),
    **dict.fromkeys(["received", "carrying", "bringing"], (RelType.REPATRIATED, "repatriated", "repatriation")),
    **dict.fromkeys(["died", "killed", "dead", "deaths"], (RelType.AFFECTED, "dead", "death")),
    **dict.fromkeys(["injured", "wounded", "hurt"], (RelType.AFFECTED, "injured", "raid")),
    **dict.fromkeys(["trafficked", "lured", "forced", "enslaved"], (RelType.AFFECTED, "victims", "")),
    **dict.fromkeys(["warrant", "warrants"], (None, "warrants", "warrant")),
    **dict.fromkeys(["reviewing", "review", "pending"], (None, "pending", "warrant")),
}
_COUNTED_THINGS = {
    **dict.fromkeys(["sites", "compounds", "buildings", "locations", "premises", "centres", "centers", "hubs",
                     "casinos", "hotels"], "sites"),
    **dict.fromkeys(["provinces", "states", "regions"], "provinces"),
    **dict.fromkeys(["cities", "towns", "districts"], "cities"),
    **dict.fromkeys(["nationalities", "countries"], "nationalities"),
    **dict.fromkeys(["warrants"], "warrants"),
}
_BE = {"will", "would", "to", "were", "was", "had", "have", "has", "been", "being", "are", "is", "be", "later", "then", "also", "all", "reportedly", "allegedly"}
_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "on", "within", "around", "throughout"}
_PARTICIPATION = {"accompanied", "joined", "observed", "witnessed", "oversaw", "attended", "led", "inspected",
                  "chairs", "chaired", "leads", "leading", "heads", "headed",
                  "visited", "toured", "took", "join", "accompany", "observe", "inspect", "visit"}
_ANNOUNCE = {"announced", "announces", "said", "says", "confirmed", "confirms", "reported", "reports", "stated",
             "told", "disclosed", "revealed", "according", "statement", "announcement", "informed"}
_OPERATE = {"operated", "operates", "operating", "ran", "runs", "run", "managed", "manages", "controlled",
            "controls", "built", "developed"}
_OWN = {"owned", "owns", "own", "bought", "acquired", "leased"}
_UNNAMED_SITES = {"compound", "building", "complex", "casino", "hotel", "resort", "tower", "villa", "apartment",
                  "scam centre", "scam center", "hub", "estate", "warehouse", "office block", "call centre", "call center"}
_CONDUCT_KINDS = {
    "raid": {"police", "military", "immigration", "commission", "department", "ministry", "government", "customs"},
    "arrest": {"police", "military", "immigration", "commission", "department", "ministry", "customs"},
    "detention": {"police", "military", "immigration", "department", "ministry"},
    "rescue": {"police", "military", "immigration", "commission", "department", "ministry", "embassy", "international"},
    "repatriation": {"embassy", "ministry", "government", "police", "immigration", "department", "international"},
    "deportation": {"immigration", "police", "ministry", "government", "department", "embassy"},
    "investigation": {"police", "prosecution", "parliament", "commission", "department", "ministry", "court"},
    "charge": {"prosecution", "court", "police"},
    "warrant": {"court", "police", "prosecution"},
    "sanction": {"sanctions", "ministry", "government", "department"},
}


def load(path: Path) -> GraphBatch:
    """Read an article file (``.txt``, ``.md``, ``.html``) and extract its graph."""
    raw = path.read_bytes()
    article = read_article(path)
    try:
        return extract(article, key=report_key(raw), source=path.name)
    except RecursionError as exc:  # pragma: no cover - defensive: no rule recurses on input
        raise LoadError(path, "text too deeply structured to read") from exc


def extract(article: Article, *, key: str | None = None, source: str = "",
            statistical: str | None = None) -> GraphBatch:
    """The graph of one article. ``key`` defaults to the hash of its text."""
    report = Node(Label.REPORT, article.title or source or "untitled article", key=key or report_key(article.text),
                  properties={"title": article.title, "url": article.url, "outlet": article.outlet,
                              "published": article.published.isoformat() if article.published else None,
                              "kind": "news", "source": source,
                              # a fetched page: when it was retrieved and the saved page behind it
                              **{k: str(article.extra[k]) for k in ("retrieved", "evidence") if article.extra.get(k)}})
    doc = pipeline(statistical)(article.text)
    reader = _Reader(GraphBatch(report), doc, article)
    reader.read()
    return reader.batch.with_mentions()


@dataclass
class _Event:
    node: Node
    type: str
    date: str = ""
    period: bool = False
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class _Count:
    value: int
    start: int  # token index of the number
    end: int  # token index after the noun
    nationality: str = ""
    noun_role: str = ""
    thing: str = ""  # "sites", "provinces", ... for counts of things, not people


class _Reader:
    """Reads one document sentence by sentence; holds what earlier sentences established."""

    def __init__(self, batch: GraphBatch, doc: Doc, article: Article) -> None:
        self.batch, self.doc, self.article = batch, doc, article
        # token strings as plain lists: indexing a Doc builds a Token object each time
        self.words = [t.text for t in doc]
        self.text = article.text  # the doc's text; Span.text and Doc.text join their tokens again on every call
        self.lower = [w.lower() for w in self.words]
        self.role_tokens = {i for e in doc.ents if e.label_ == "ROLE" for i in range(e.start, e.end)}
        self.events: list[_Event] = []
        self.last_of_type: dict[str, _Event] = {}
        self.people: list[tuple[int, Node]] = []  # (token position, node) of full-name mentions
        self.person_names: set[str] = set()
        self.person_tokens: set[str] = set()
        self.sites: list[Node] = []
        self.delegation: Node | None = None
        self.last_nationality = ""
        self.edges: dict[tuple[str, str, str], Edge] = {}
        self.span_node: dict[tuple[int, int], Node] = {}
        self.dateline_country = _dateline_country(article.text)

    # -- driver ------------------------------------------------------------------------------
    def read(self) -> None:
        by_sentence: dict[int, list[Span]] = {}
        sentences = list(self.doc.sents)
        starts = [s.start for s in sentences]
        for ent in self.doc.ents:
            index = bisect.bisect_right(starts, ent.start) - 1
            if ent.end <= sentences[index].end:
                by_sentence.setdefault(index, []).append(ent)
        for index, sent in enumerate(sentences):
            self._sentence(sent, by_sentence.get(index, []))
        for event in self.events:
            self._finish_event(event)
        self.batch.edges.extend(self.edges.values())

    def _text(self, span: Span) -> str:
        return self.text[span.start_char:span.end_char]

    def _sentence(self, sent: Span, ents: list[Span]) -> None:
        ev = Evidence(self.batch.report_key, sent.start_char, sent.end_char, _quote(self._text(sent)))
        nodes = {(e.start, e.end): n for e in ents if (n := self._entity_node(e)) is not None}
        written = find_dates(self._text(sent), sent.start_char, self.article.published)
        dates = [d for d in written if not _dateline(d, self.article.text)]
        triggers = self._triggers(sent, ents)
        if (_GENERIC.search(self._text(sent)) or _MODAL.search(self._text(sent))) and not dates and not any(t.like_num for t in sent):
            # "Workers rescued from such compounds describe ...", "sanctions would work": no event;
            # "they would be deported": a planned one
            triggers = [(i, kind) for i, kind in triggers if "be" in self.lower[max(sent.start, i - 3):i]]
        events = self._events_for(triggers, dates)
        announcing = self._announcers(sent, ents)  # also for events that only a count tells of
        self._people(sent, ents, nodes, ev)
        self._places(sent, ents, nodes, ev)
        sites = self._unnamed_sites(sent, ents, nodes, ev)
        self._delegations(sent, ents, nodes, events, ev)
        triggered = list(events)  # before counts add the events only a number tells of
        self._counts(sent, ents, events, dates, written, ev)
        self._event_links(sent, ents, nodes, events, sites, announcing, ev)
        self._organizations(sent, ents, nodes, events, announcing, ev)
        self._scams(sent, ents, nodes, triggered, sites, ev)
        self._identifiers(sent, ents, nodes, ev)

    # -- nodes -------------------------------------------------------------------------------
    def _add(self, node: Node) -> Node:
        return self.batch.add_node(node)

    def _entity_node(self, ent: Span) -> Node | None:
        label, text, ident = ent.label_, _name(ent), ent.id_
        node: Node | None = None
        if label == "PERSON":
            node = self._person(ent)
        elif label == "COUNTRY":
            doc = self.doc
            owns_agency = ent.end + 1 < len(doc) and self.words[ent.end] in {"'s", "’s"} and doc[ent.end + 1].ent_type_ == "AGENCY"
            if owns_agency:
                node = None  # "Indonesia's Foreign Ministry": the agency carries the country
            elif not (ent.end < len(doc) and self.lower[ent.end] in _PEOPLE_WORDS):
                node = self._add(_country_node(ident))
            else:
                node = self._nationality(ident)
        elif label == "NORP":
            if self._is_people_modifier(ent):
                node = self._nationality(ident)
            elif country_code(ent.text) == ident and ent.text.lower() in _COUNTRY_NAMES:
                node = self._add(_country_node(ident))  # "Myanmar" is a demonym and a country
        elif label == "PLACE":
            canonical, kind, code = (ident.split("|") + ["", "", ""])[:3]
            kind = self._stated_kind(ent) or kind
            node = self._add(Node(Label.LOCATION, canonical or text, properties={"kind": kind, "country": code or None}))
        elif label == "AGENCY":
            node = self._agency(ent)
        elif label == "ORG":
            _, kind, _ = (ident.split("|") + ["", "", ""])[:3]
            node = self._add(Node(Label.ORGANIZATION, text, key=entity_key(Label.ORGANIZATION, text),
                                  properties={"kind": kind or None}))
        elif label == "SITE":
            node = self._add(Node(Label.SITE, text))
            if node not in self.sites:
                self.sites.append(node)
        elif label == "SCAM":
            node = self._add(Node(Label.SCAM_TYPE, ident or text.lower()))
        if node is not None:
            self.span_node[(ent.start, ent.end)] = node
        return node

    def _nationality(self, code: str) -> Node | None:
        if not code:
            return None
        self.last_nationality = code
        return self._add(Node(Label.NATIONALITY, country_name(code), properties={"iso2": code}))

    def _is_people_modifier(self, ent: Span) -> bool:
        """"South Korean nationals", "Chinese man", "Koreans", "Myanmar lawmakers": about people."""
        doc = self.doc
        k = ent.end
        while k < len(doc) and k < ent.end + 3 and doc[k].is_lower and doc[k].is_alpha and self.lower[k] not in _PEOPLE_WORDS:
            if self.lower[k] in gz.heads() or self.lower[k] in {"border", "government", "side", "language", "won", "yuan"}:
                return False
            k += 1
        if k < len(doc) and (self.lower[k] in _PEOPLE_WORDS or k in self.role_tokens):
            return True
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.ent_type_ == "PERSON":
            return True
        follower = doc[ent.end] if ent.end < len(doc) else None
        noun_follows = follower is not None and follower.is_lower and follower.is_alpha and follower.lower_ not in _BE | {"and", "or", "from", "in", "who", "were", "to", "at", "on"}
        return ent.label_ == "NORP" and ent.text.lower() in _PLURAL_DEMONYMS and not noun_follows

    def _stated_kind(self, ent: Span) -> str:
        nxt = self.lower[ent.end] if ent.end < len(self.doc) else ""
        return {"province": "province", "district": "district", "city": "city", "town": "city", "township": "township",
                "state": "province", "region": "province", "village": "city"}.get(nxt, "")

    def _agency(self, ent: Span) -> Node:
        canonical, kind, code = (ent.id_.split("|") + ["", "", ""])[:3]
        text = _name(ent)
        owner = self._possessor(ent)
        if owner and not canonical and not self._country_in(ent):
            code, text = owner, f"{demonym(owner)} {text}"  # "Indonesia's Foreign Ministry"
        if canonical and code and self.dateline_country and code != self.dateline_country and _generic_agency(text):
            # "MANILA — ... the Department of Justice said": the Philippines', not the one the
            # gazetteer knows by that name
            code = self.dateline_country
            return self._add(Node(Label.AGENCY, f"{demonym(code)} {text}", properties={"kind": kind or None, "country": code}))
        if not canonical:
            code = code or self._country_in(ent)
            kind = kind or _agency_kind(text)
            canonical = _known_by_country(code, kind, text) or text
            # not used to pick a national agency: "Tak provincial police" is not the Royal Thai Police
            code = code or self._place_country(ent) or (
                self.dateline_country if kind in _NATIONAL_KINDS else "")  # "JAKARTA - ... the Foreign Ministry"
            if canonical == text and text.split()[0].lower() == "the":
                canonical = " ".join(text.split()[1:])
            if not code:
                told = self._agency_told(canonical)
                if told is not None:
                    return told  # "the Ministry of Public Security" after "China's Ministry of Public Security"
        return self._add(Node(Label.AGENCY, canonical, key=entity_key(Label.AGENCY, canonical),
                              properties={"kind": kind or None, "country": code or None}))

    def _says_it_did(self, ent: Span, sent: Span) -> bool:
        """"The military said on Monday it had raided ...": the speaker is the one who acted."""
        words = self.lower[ent.end:min(sent.end, ent.end + 8)]
        if not words or words[0] not in _ANNOUNCE:
            return False
        for k, word in enumerate(words[1:], start=1):
            if word in {"it", "they"}:
                rest = [w for w in words[k + 1:k + 4] if w not in {"had", "has", "have", "was", "were"}]
                return bool(rest) and EVENT_TRIGGERS.get(rest[0]) is not None
        return False

    def _agency_told(self, name: str) -> Node | None:
        """An agency of this article whose fuller name contains ``name`` as whole words: the same one."""
        wanted = f" {name.lower()} "
        found = [n for n in self.batch.nodes.values() if n.label == Label.AGENCY and n.name.lower() != name.lower()
                 and wanted in f" {n.name.lower()} " and len(name.split()) >= 2]
        return found[0] if len(found) == 1 else None

    def _possessor(self, ent: Span) -> str:
        doc = self.doc
        if ent.start >= 2 and self.words[ent.start - 1] in {"'s", "’s", "'"} and doc[ent.start - 2].ent_type_ in {"COUNTRY"}:
            return doc[ent.start - 2].ent_id_
        return ""

    def _place_country(self, ent: Span) -> str:
        """The country of a place named inside an agency's name: "Svay Rieng provincial police"."""
        return _in_phrases(ent.text, gz.place_countries().get)

    def _country_in(self, ent: Span) -> str:
        for tok in ent:
            code = country_code(tok.text) if tok.ent_type_ else None
            if code:
                return code
        return _in_phrases(ent.text, country_code)

    def _person(self, ent: Span) -> Node | None:
        name = _name(ent)
        parts = [p for p in re.split(r"[\s]+", name) if p]
        if len(parts) == 1 or all(p in self.person_tokens for p in parts) and name not in self.person_names:
            wanted = set(re.split(r"[\s-]+", name))
            for _pos, person in reversed(self.people):
                if wanted <= set(re.split(r"[\s-]+", person.name)):
                    return person
        titled = ent.start > 0 and (self.doc[ent.start - 1].ent_type_ == "ROLE" or self.lower[ent.start - 1] in HONORIFICS)
        if len(parts) == 1 and "-" not in name and not titled:
            return None  # a lone "Kim" that names no one mentioned before
        node = self._add(Node(Label.PERSON, name, key=entity_key(Label.PERSON, name)))
        self.people.append((ent.start, node))
        self.person_names.add(name)
        self.person_tokens.update(re.split(r"[\s-]+", name))
        return node

    # -- people: role, nationality, employer --------------------------------------------------
    def _people(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        by_start = {e.start: e for e in ents}
        by_end = {e.end: e for e in ents}
        for ent in ents:
            person = nodes.get((ent.start, ent.end))
            if ent.label_ != "PERSON" or person is None:  # a lone surname of nobody named is no node
                continue
            before = self._title_before(ent.start, by_end, sent.start)
            after = self._apposition_after(ent.end, by_start, sent.end)
            for piece in before + after:
                self._person_fact(person, piece, ev)
            self._its_head(person, before + after, ents, ev)

    def _its_head(self, person: Node, pieces: list[Span], ents: list[Span], ev: Evidence) -> None:
        """"... sanctioned Crimson Tide Group, along with its chairman, Lim Kok Seng": its = the group."""
        for piece in pieces:
            if piece.label_ != "ROLE" or not piece.id_.endswith("|business") or piece.start == 0:
                continue
            if self.lower[piece.start - 1] in {"its", "their"}:
                orgs = [e for e in ents if e.label_ == "ORG" and e.end <= piece.start and (e.start, e.end) in self.span_node]
                if orgs:
                    self._edge(RelType.DIRECTS, person.key, self.span_node[(orgs[-1].start, orgs[-1].end)].key, ev)

    def _title_before(self, start: int, by_end: dict[int, Span], floor: int) -> list[Span]:
        """Entities in the run of titles right before a name: NORP, AGENCY/ORG, ROLE."""
        found: list[Span] = []
        k = start
        while k > floor:
            ent = by_end.get(k)
            if ent is not None and ent.label_ in {"ROLE", "NORP", "AGENCY", "ORG", "COUNTRY"}:
                found.append(ent)
                k = ent.start
                continue
            tok = self.doc[k - 1]
            if tok.is_lower and tok.is_alpha and tok.lower_ not in {"and", "with", "by", "to", "of", "the", "a", "an", "said", "told"} \
                    and len(found) < 3 and tok.lower_ not in _CONNECTING_VERBS and not self._acted(tok.lower_):
                k -= 1
                continue
            if tok.text == "," and not found and k - 1 > floor and self.doc[k - 2].ent_type_ == "ROLE":
                k -= 1  # "The ringleader, Tran Van Hung, ..."
                continue
            department = k - 1
            while not found and department > floor and self.doc[department].text[:1].isupper() and self.doc[department].ent_type_ != "ROLE":
                department -= 1
            if not found and department < k - 1 and self.lower[department] in {"of", "for"} and department - 1 > floor \
                    and by_end.get(department) is not None and by_end[department].label_ == "ROLE":
                k = department  # "Minister of Public Security | Liu Zhongyi": the department belongs to the title
                continue
            break
        return found

    @staticmethod
    def _acted(word: str) -> bool:
        """A verb of what someone did ("designated", "arrested"): "OFAC designated Ly Yong Phat"
        does not make OFAC his employer."""
        if word in {"identified", "named", "alleged", "suspected"}:
            return False  # "were identified as Li Qiang": these introduce the name
        return word in EVENT_TRIGGERS or word in _DESIGNATES or (word.endswith("ed") and len(word) > 4)

    def _apposition_after(self, end: int, by_start: dict[int, Span], ceiling: int) -> list[Span]:
        """", a Chinese national", ", spokesperson for the Commission", ", 52, from South Korea"."""
        doc = self.doc
        if end + 1 < ceiling and self.lower[end] in {"of", "from", "at"}:
            k = end + 2 if self.lower[end + 1] == "the" else end + 1
            ent = by_start.get(k)
            return [ent] if ent is not None and ent.label_ in {"AGENCY", "ORG", "COUNTRY"} else []
        if end >= ceiling or self.words[end] != ",":
            return []
        found: list[Span] = []
        k = end + 1
        while k < ceiling and k < end + 12:
            tok = doc[k]
            if tok.text in {",", ".", ";", "(", ")"} and found and any(e.label_ == "ROLE" or e.label_ == "NORP" for e in found):
                break
            if tok.text in {";", "."} or tok.lower_ in {"said", "who", "told", "and"} and not found:
                break
            if tok.lower_ in {"was", "were", "is", "are", "has", "had", "have"} or tok.lower_ in EVENT_TRIGGERS:
                break  # ", was sanctioned by the US Treasury": the apposition has ended ("a naturalised Cambodian" has not)
            ent = by_start.get(k)
            if ent is not None:
                if ent.label_ == "PERSON":
                    break
                found.append(ent)
                k = ent.end
                continue
            if tok.lower_ in _PEOPLE_WORDS and found:
                break
            k += 1
        return found

    def _person_fact(self, person: Node, piece: Span, ev: Evidence) -> None:
        node = self.span_node.get((piece.start, piece.end))
        if piece.label_ == "ROLE":
            role, cls = (piece.id_.split("|") + [""])[:2]
            person.properties.setdefault("role", role)
            person.properties.setdefault("role_class", cls)
        elif piece.label_ == "NORP" or piece.label_ == "COUNTRY" and piece.end < len(self.doc) and self.lower[piece.end] in _PEOPLE_WORDS:
            code = piece.id_
            nat = self._nationality(code)
            if nat is not None:
                self._edge(RelType.HAS_NATIONALITY, person.key, nat.key, ev)
        elif piece.label_ == "AGENCY" and node is not None:
            self._edge(RelType.WORKS_FOR, person.key, node.key, ev)
        elif piece.label_ == "ORG" and node is not None:
            kind = node.properties.get("kind")
            role_class = person.properties.get("role_class")
            rel = RelType.MEMBER_OF if kind in {"party", "ngo", "criminal group"} else (
                RelType.DIRECTS if role_class == "business" else RelType.WORKS_FOR)
            self._edge(rel, person.key, node.key, ev)

    # -- places --------------------------------------------------------------------------------
    def _places(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        """"Chbar Ampov district, Phnom Penh", "Sihanoukville in Preah Sihanouk province", "Laos' Bokeo"."""
        placed = [e for e in ents if e.label_ in {"PLACE", "COUNTRY", "SITE"} and (e.start, e.end) in nodes]
        for a, b in zip(placed, placed[1:]):
            gap = [t.lower_ for t in self.doc[a.end:b.start]]
            gap = [w for w in gap if w not in {"province", "district", "city", "town", "state", "region", "village", "area", "township"}]
            if gap in ([","], ["in"], [",", "in"], ["of"], ["near"], ["outside"], ["on", "the", "outskirts", "of"]):
                if gap == [","] and self._listed(b, sent):
                    continue  # "in Bangkok, Chon Buri and Chiang Rai": a list, not Bangkok in Chon Buri
                child, parent = nodes[(a.start, a.end)], nodes[(b.start, b.end)]
                after = self.doc[b.end:b.end + 2]
                if len(after) == 2 and after[0].text in {"'s", "’s"} and after[1].ent_type_ == "PLACE":
                    continue  # "Myawaddy, in Myanmar's Kayin State": Myawaddy is in Kayin, read next
            elif gap in (["'s"], ["’s"], ["'"]):
                child, parent = nodes[(b.start, b.end)], nodes[(a.start, a.end)]
            else:
                continue
            if child.label is Label.SITE or _rank(child) < _rank(parent):
                if parent.label is Label.LOCATION and child.key != parent.key:
                    self._edge(RelType.LOCATED_IN, child.key, parent.key, ev)

    def _listed(self, place: Span, sent: Span) -> bool:
        """The place is followed by another one after a comma or "and": an item of a list."""
        k = place.end
        while k < sent.end and self.lower[k] in {"province", "provinces", "city", "district", "state"}:
            k += 1
        return k + 1 < sent.end and self.words[k] in {",", "and"} and self.doc[k + 1].ent_type_ in {"PLACE", "COUNTRY"} \
            or k + 2 < sent.end and self.words[k] == "," and self.lower[k + 1] == "and" and self.doc[k + 2].ent_type_ in {"PLACE", "COUNTRY"}

    def _unnamed_sites(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> list[Node]:
        """"a seven-storey building outside Phnom Penh" -> Site "building outside Phnom Penh"."""
        found = [n for e in ents if e.label_ == "SITE" and (n := nodes.get((e.start, e.end)))]
        place_at = {e.start: e for e in ents if e.label_ in {"PLACE", "COUNTRY"}}
        for tok in sent:
            head = tok.lower_
            if tok.i + 1 < sent.end and f"{head} {self.lower[tok.i + 1]}" in _UNNAMED_SITES:
                head = f"{head} {self.lower[tok.i + 1]}"
            if head not in _UNNAMED_SITES or tok.ent_type_ or not tok.is_lower:
                continue
            k = tok.i + len(head.split())
            prep = []
            while k < sent.end and len(prep) < 4 and self.lower[k] in {"in", "outside", "near", "on", "the", "outskirts", "of", "at", "just"}:
                prep.append(self.lower[k])
                k += 1
            place = place_at.get(k)
            if not prep or place is None or (place.start, place.end) not in nodes:
                continue
            location = nodes[(place.start, place.end)]
            name = f"{head} {' '.join(prep)} {location.name}"
            site = self._add(Node(Label.SITE, name, properties={"described": True}))
            self._edge(RelType.LOCATED_IN, site.key, location.key, ev)
            if site not in self.sites:
                self.sites.append(site)
            found.append(site)
        if not found and self.sites and re.search(r"\bthe (compound|building|complex|site|casino|premises)\b", self._text(sent), re.I):
            found.append(self.sites[0])
        return found

    # -- events ------------------------------------------------------------------------------
    def _triggers(self, sent: Span, ents: list[Span]) -> list[tuple[int, str]]:
        named = {i for e in ents if e.label_ in {"AGENCY", "ORG", "SITE", "PERSON", "SCAM", "ROLE"} for i in range(e.start, e.end)}
        found: list[tuple[int, str]] = []
        skip: set[int] = set()
        words = self.lower[sent.start:sent.end]
        for i, word in enumerate(words):
            for phrase, kind in _PHRASE_STARTS.get(word, ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    found.append((sent.start + i, kind))
                    skip.update(range(sent.start + i, sent.start + i + len(phrase)))
        sanctioning = any(e.label_ == "AGENCY" and e.id_.split("|")[1:2] == ["sanctions"] for e in ents)
        for i, word in enumerate(words, sent.start):
            kind = EVENT_TRIGGERS.get(word) or ("sanction" if sanctioning and word in _DESIGNATES else None)
            if kind and i not in skip and i not in named:
                found.append((i, kind))
        # "to press for faster repatriations": a wish, not an event
        return sorted((i, kind) for i, kind in found if i == 0 or self.lower[i - 1] not in _NOT_YET)

    def _events_for(self, triggers: list[tuple[int, str]], dates: list[DateMention]) -> list[_Event]:
        first_at: dict[str, int] = {}
        referring: set[str] = set()
        for position, kind in triggers:
            first_at.setdefault(kind, position)
            if position > 0 and self.lower[position - 1] in {"the", "that", "this"} and kind in self.last_of_type:
                referring.add(kind)  # "after the raid": the one told before
        kinds = list(first_at)
        if "raid" in kinds:
            kinds = [k for k in kinds if k not in _PART_OF_RAID]
        raid = self.last_of_type.get("raid") or self.last_of_type.get("arrest")
        events = []
        for kind in kinds:
            when = None if kind in referring else self._nearest_date(first_at[kind], dates)
            if kind in _PART_OF_RAID and raid is not None and not raid.period and (when is None or when.value == raid.date):
                chosen = raid  # "Officers found 86 people ..." after a raid: the raid's, not a new event
            else:
                chosen = self._event(kind, when)
            if chosen not in events:
                events.append(chosen)
        return events

    def _nearest_date(self, token_index: int, dates: list[DateMention]) -> DateMention | None:
        """The date told closest to the trigger: "said on Wednesday that ... raided ... last week"."""
        if not dates:
            return None
        at, text = self.doc[token_index].idx, self.article.text

        def distance(d: DateMention) -> int:
            lo, hi = sorted((at, d.start if d.start > at else d.end))
            between = text[lo:hi]
            # a comma, or a clause that starts between them ("on Tuesday after a student was found
            # dead ... in August"), puts the date with another verb
            return hi - lo + (1000 if re.search(r"[,;]", between) else 0) + (500 if _CLAUSE.search(between) else 0)

        return min(dates, key=distance)

    def _event(self, kind: str, when: DateMention | None) -> _Event:
        value = when.value if when else ""
        period = bool(when and when.period)
        same = [e for e in self.events if e.type == kind]
        chosen: _Event | None = None
        if value:
            chosen = next((e for e in same if e.date == value), None)
            if chosen is None and not period:
                chosen = next((e for e in reversed(same) if not e.date and not e.period), None)
                if chosen is not None:
                    chosen.date = value
        elif when is not None and when.text and not value:
            chosen = next((e for e in same if e.node.properties.get("date_text") == when.text), None)
        elif same:
            chosen = self.last_of_type.get(kind)
            if chosen is not None and chosen.period and len(same) > 1:
                chosen = next((e for e in same if not e.period), chosen)
        if chosen is None:
            seq = len(same) + 1
            node = Node(Label.EVENT, f"{kind} {seq}", key=f"event:{self.batch.report_key[7:]}-{kind}-{seq}",
                        properties={"type": kind})
            chosen = _Event(self._add(node), kind, value, period)
            if when is not None and not value:
                node.properties["date_text"] = when.text
            self.events.append(chosen)
        self.last_of_type[kind] = chosen
        return chosen

    def _finish_event(self, event: _Event) -> None:
        props = event.node.properties
        if event.date:
            props["date"] = event.date
        if event.period:
            props["period"] = True
        for key, value in event.counts.items():
            props[f"count_{key}"] = value
        where = next((self.batch.nodes[e.target].name for e in self.edges.values()
                      if e.source == event.node.key and e.type is RelType.OCCURRED_AT), "")
        event.node.name = " ".join(filter(None, [event.type, f"in {where}" if where else "", event.date]))

    def _host(self, kind: str, events: list[_Event], date: DateMention | None) -> _Event:
        """The event a count or a person belongs to, given the event type its verb implies."""
        for event in events:
            if event.type == kind:
                return event
        for event in events:
            if event.type == "raid":
                return event
        operation = self.last_of_type.get("raid") or self.last_of_type.get("arrest")
        if kind in _PART_OF_RAID | {"raid"} and operation is not None:
            return operation  # rescues and detentions told after a raid (or arrest operation) are its
        if events and kind in {"", "raid"}:
            return events[0]
        return self._event(kind or "raid", date)  # callers never pass "" without events

    def _counts(self, sent: Span, ents: list[Span], events: list[_Event], dates: list[DateMention],
                written: list[DateMention], ev: Evidence) -> None:
        counts = self._count_phrases(sent, ents, written)
        told_before = {id(e) for e in self.events}
        previous: tuple[RelType | None, str, _Event] | None = None
        for count in counts:
            if count.thing:
                if events:
                    target = events[0]
                    target.counts[count.thing] = max(count.value, target.counts.get(count.thing, 0))
                continue
            verb = self._count_verb(count, sent)
            inherits = " ".join(self.lower[max(sent.start, count.start - 2):count.start])
            if previous is not None and ("including" in inherits or "among" in inherits or verb is None):
                rel, key, event = previous
            elif verb is not None:
                rel, key, kind = verb
                if not kind and not events:
                    continue  # "214 victims": people, but no event told here
                event = self._host(kind, events, dates[0] if dates else None)
                if id(event) not in told_before and event not in events:
                    events.append(event)  # "a flight landed carrying 270 Indians": this sentence's event
            elif events:
                rel, key, event = None, "people", events[0]
            else:
                continue
            event.counts[key] = max(count.value, event.counts.get(key, 0))
            if rel is not None and count.nationality:
                nat = self._nationality(count.nationality)
                if nat is not None:
                    self._edge(rel, event.node.key, nat.key, ev, count=count.value)
            previous = (rel, key, event)

    def _count_phrases(self, sent: Span, ents: list[Span], written: list[DateMention]) -> list[_Count]:
        """Numbers of people or things; the numbers inside date expressions (``written``) are not."""
        doc = self.doc
        norp = {i: e for e in ents if e.label_ in {"NORP", "COUNTRY"} for i in range(e.start, e.end)}
        dated = {t.i for d in written for t in sent if d.start <= t.idx < d.end}
        phrases: list[_Count] = []
        k = sent.start
        while k < sent.end:
            tok = doc[k]
            number, end = self._number_at(k, sent.end)
            if number is None or k in dated or tok.ent_type_ in {"PERSON", "AGENCY", "ORG", "SITE"} \
                    or k > sent.start and self.lower[k - 1] in _NUMBERED:
                k += 1
                continue
            count = _Count(number, k, end)
            j = end
            while j < sent.end and j < end + 6:
                word = self.lower[j]
                if j in norp:
                    ent = norp[j]
                    count.nationality = ent.id_
                    j = ent.end
                    nxt = self.lower[j] if j < sent.end else ""
                    if ent.text.lower() in _PLURAL_DEMONYMS and nxt not in _PEOPLE_WORDS and nxt not in gz.people_nouns():
                        count.end = j  # "29 Chinese", not "29 Chinese nationals"
                        break
                    continue
                if word in _COUNTED_THINGS and not count.nationality:
                    count.thing, count.end = _COUNTED_THINGS[word], j + 1
                    break
                if word == "of" and j + 1 < sent.end and self.lower[j + 1] in {"them", "those", "whom", "these"}:
                    count.end = j + 2
                    count.nationality = count.nationality or self.last_nationality
                    break
                if word == "of" and j + 1 < sent.end and self.lower[j + 1] == "the":
                    count.end, count.noun_role = j + 2, "of"  # "50 of the 64 nationals": theirs, read next
                    break
                if word in _PEOPLE_WORDS or word in gz.people_nouns():
                    count.noun_role = gz.people_nouns().get(word, "")
                    count.end = j + 1
                    # "people from Vietnam", "people of Chinese nationality"
                    if j + 2 < sent.end and self.lower[j + 1] in {"from", "of"} and (j + 2) in norp \
                            and not self._listed(norp[j + 2], sent):
                        count.nationality = count.nationality or norp[j + 2].id_
                        count.end = norp[j + 2].end
                    break
                if not doc[j].is_alpha or word in _BE or word in _COUNT_VERBS or word in {"in", "at", "on", "and", "to", "by", "for"}:
                    break
                j += 1
            if not count.nationality and self.lower[count.end - 1] in {"nationals", "citizens"} and self.lower[count.end - 2] != "foreign":
                # "South Korea has repatriated 50 of the 64 nationals": its nationals
                count.nationality = next((e.id_ for e in ents if e.label_ in {"COUNTRY", "NORP"} and e.end <= k), "")
            if count.end == end and not count.thing and self._verb_follows(end, sent.end):
                # "..., 50 were repatriated": the people of the count before it
                count.nationality = phrases[-1].nationality if phrases else ""
                count.end = end
                phrases.append(count)
                k = end
                continue
            if phrases and phrases[-1].noun_role == "of" and not phrases[-1].nationality:
                phrases[-1].nationality = count.nationality
            if count.end > end or count.thing:
                if count.nationality:
                    self.last_nationality = count.nationality
                phrases.append(count)
                k = max(count.end, k + 1)
            else:
                k = end
        return phrases

    def _verb_follows(self, k: int, limit: int) -> bool:
        while k < limit and self.lower[k] in _BE:
            k += 1
        return k < limit and self.lower[k] in _COUNT_VERBS and _COUNT_VERBS[self.lower[k]][0] is not None

    def _number_at(self, k: int, limit: int) -> tuple[int | None, int]:
        doc = self.doc
        tok = doc[k]
        if not tok.like_num or tok.text.lower() in {"one"} and k + 1 < limit and self.lower[k + 1] in {"of"}:
            return None, k + 1
        j = k + 1
        while j < limit and (doc[j].like_num or self.words[j] == "-" and j + 1 < limit and doc[j + 1].like_num
                             or self.lower[j] in {"hundred", "thousand", "million", "dozen"}):
            j += 1
        text = self.doc[k:j].text
        if re.fullmatch(r"\d{4}", text) and 1900 < int(text) < 2100:
            return None, j
        if "%" in text or (j < limit and self.words[j] in {"%", "percent", "per"}):
            return None, j
        return number_value(text), j

    def _count_verb(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        k = count.end
        while k < sent.end and k < count.end + 6 and (self.lower[k] in _BE or self.lower[k] in {"of", "them", "who", "suspected", "later", "subsequently", ","}):
            k += 1
        if count.start - 2 >= sent.start and self.lower[count.start - 1] in {"home", "back"} \
                and self.lower[count.start - 2] in {"brought", "bring", "bringing", "flew", "flown", "sent"}:
            return _COUNT_VERBS["repatriated"]  # "has brought home 46 Indonesian citizens"
        background = "had" in self.lower[count.end:k]  # "270 Indians who had been held": their past, not this event
        if background and count.start > sent.start and self.lower[count.start - 1] in _COUNT_VERBS:
            return _COUNT_VERBS[self.lower[count.start - 1]]  # "carrying 270 Indians who had been held"
        if k < sent.end and self.lower[k] in _COUNT_VERBS:
            return _COUNT_VERBS[self.lower[k]]
        if k + 1 < sent.end and self.lower[k] in {"in", "on"} and self.lower[k + 1] in {"custody", "detention"}:
            return _COUNT_VERBS["detained"]
        for j in range(count.start - 1, max(sent.start, count.start - 6) - 1, -1):
            word = self.lower[j]
            if word in _COUNT_VERBS:
                return _COUNT_VERBS[word]
            if word in {",", ";"} and j < count.start - 1:
                break
        # "Nine Chinese nationals, including the manager, were arrested": read past the aside
        aside = count.end + 1 < sent.end and self.words[count.end] == "," and self.lower[count.end + 1] in {"including", "among", "mostly", "all", "some", "most"}
        commas = 2 if aside else 0
        for j in range(count.end, min(sent.end, count.end + 14)):
            if self.lower[j] in _COUNT_VERBS:
                return _COUNT_VERBS[self.lower[j]]
            if self.words[j] == ";" or self.words[j] == "," and commas == 0:
                break
            commas -= self.words[j] == ","
        if count.noun_role == "victim":
            return _COUNT_VERBS["trafficked"]
        return None

    # -- links around events -------------------------------------------------------------------
    def _event_links(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], sites: list[Node],
                     announcing: set[tuple[int, int]],
                     ev: Evidence) -> None:
        if not events:
            return
        for ent in ents:
            node = nodes.get((ent.start, ent.end))
            if node is None or _parenthesized(ent):
                continue
            if ent.label_ == "AGENCY":
                for event in events:
                    if (ent.start, ent.end) in announcing and self._says_it_did(ent, sent):
                        self._edge(RelType.CONDUCTED, node.key, event.node.key, ev)  # "X said it had raided"
                    elif (ent.start, ent.end) in announcing:
                        self._edge(RelType.ANNOUNCED, node.key, event.node.key, ev)
                    elif event.type in _CONDUCT_KINDS and node.properties.get("kind") in _CONDUCT_KINDS[event.type]:
                        self._edge(RelType.CONDUCTED, node.key, event.node.key, ev)
            elif ent.label_ == "PERSON":
                self._person_in_event(ent, node, sent, events, announcing, ev)
        self._pronoun_in_event(sent, ents, events, ev)
        for event in events:
            if event.type in {"repatriation", "deportation", "sanction", "warrant", "charge"}:
                continue
            if sites:
                for site in sites:
                    self._edge(RelType.OCCURRED_AT, event.node.key, site.key, ev)
                continue
            places = [e for e in ents if e.label_ in {"PLACE", "COUNTRY"} and (e.start, e.end) in nodes
                      and e.start > sent.start and (self.lower[e.start - 1] in _LOCATIVE | {"of", "visited", "to"}
                                                    or self._coordinated_place(e, ents)
                                                    or self.lower[e.start - 1] in {"the"} and e.start - 2 >= sent.start
                                                    and self.lower[e.start - 2] in _LOCATIVE)]
            if event.type != "visit":
                places = [p for p in places if self.lower[p.start - 1] not in {"to"}]
            # "officials in Seoul said": where the speaker sits, not where it happened
            places = [p for p in places if p.start < 2 or self.lower[p.start - 2] not in _SPEAKERS]
            finest = min((_rank(nodes[(p.start, p.end)]) for p in places), default=None)
            for place in places:
                node = nodes[(place.start, place.end)]
                if _rank(node) == finest and nodes[(place.start, place.end)].label is Label.LOCATION:
                    self._edge(RelType.OCCURRED_AT, event.node.key, node.key, ev)

    def _coordinated_place(self, ent: Span, ents: list[Span]) -> bool:
        """"in Batam and West Java": the second place shares the first one's preposition."""
        if ent.start < 2 or self.lower[ent.start - 1] not in {"and", ",", "or"}:
            return False
        before = next((e for e in ents if e.end == ent.start - 1 and e.label_ in {"PLACE", "COUNTRY"}), None)
        return before is not None and before.start > 0 and self.lower[before.start - 1] in _LOCATIVE

    def _pronoun_in_event(self, sent: Span, ents: list[Span], events: list[_Event], ev: Evidence) -> None:
        """"... and filed charges against him": him is the person the story was just about."""
        if not self.people:
            return
        words = self.lower[sent.start:sent.end]
        for i, word in enumerate(words):
            if word not in {"him", "her"}:
                continue
            before = [e for e in ents if e.label_ == "PERSON" and e.end <= sent.start + i and (e.start, e.end) in self.span_node]
            if before:
                person = self.span_node[(before[-1].start, before[-1].end)]
            else:
                position, person = self.people[-1]
                if sent.start - position > 80:  # named too long ago to be "him"
                    continue
            window = words[max(0, i - 5):i]
            verb = next((w for w in reversed(window) if w in _COUNT_VERBS and _COUNT_VERBS[w][0]), None)
            if verb is None and {"charges", "charge"} & set(window):
                verb = "charged"
            if verb is not None:
                rel, _key, kind = _COUNT_VERBS[verb]
                if rel is not None:
                    self._edge(rel, self._host(kind, events, None).node.key, person.key, ev)

    def _announcers(self, sent: Span, ents: list[Span]) -> set[tuple[int, int]]:
        """Agencies and people that announce: "X said", "according to X", "announced by X",
        "X spokesperson Y said"."""
        doc = self.doc
        found: set[tuple[int, int]] = set()
        for ent in ents:
            if ent.label_ not in {"AGENCY", "PERSON"}:
                continue
            end = ent.end + 3 if ent.end + 2 < sent.end and self.words[ent.end] == "(" and self.words[ent.end + 2] == ")" else ent.end
            after = [t.lower_ for t in doc[end:min(sent.end, end + 3)]]
            before = [t.lower_ for t in doc[max(sent.start, ent.start - 3):ent.start]]
            if (after and after[0] in _ANNOUNCE) or (len(after) > 1 and after[0] in {"has", "had", "have", "also"} and after[1] in _ANNOUNCE) \
                    or "according" in [t.lower_ for t in doc[max(sent.start, ent.start - 7):ent.start]] \
                    or (before and before[-1] in {"by", "said", "says"} and any(t.lower_ in {"announced", "said", "confirmed", "reported"} for t in doc[sent.start:ent.start])) \
                    or (after and after[0] in {"spokesperson", "spokesman", "spokeswoman", "statement"}):
                found.add((ent.start, ent.end))
            if ent.label_ == "AGENCY" and after and after[0] in {"spokesperson", "spokesman", "spokeswoman"}:
                found.add((ent.start, ent.end))
        # "X said", where X is the person whose employer is an agency in this sentence
        for ent in ents:
            if ent.label_ == "PERSON" and (ent.start, ent.end) in found:
                for other in ents:
                    if other.label_ == "AGENCY" and abs(other.end - ent.start) <= 2 or other.label_ == "AGENCY" and 0 <= other.start - ent.end <= 8:
                        found.add((other.start, other.end))
        return found

    def _person_in_event(self, ent: Span, person: Node, sent: Span, events: list[_Event],
                         announcing: set[tuple[int, int]], ev: Evidence) -> None:
        doc = self.doc
        tail = ent.end + 3 if ent.end + 2 < sent.end and self.words[ent.end] == "," and doc[ent.end + 1].like_num and self.words[ent.end + 2] == "," else ent.end
        after = [t.lower_ for t in doc[tail:min(sent.end, tail + 5)] if t.lower_ not in _BE]  # past ", 41,"
        before = [t.lower_ for t in doc[max(sent.start, ent.start - 9):ent.start]]
        role_verb = next((w for w in after[:2] if w in _COUNT_VERBS and _COUNT_VERBS[w][0]), None)
        if role_verb is None and not (ent.start, ent.end) in announcing:
            role_verb = next((w for w in reversed(before) if w in _COUNT_VERBS and _COUNT_VERBS[w][0]), None)
            if before and before[-1] in {"'s", "’s"}:
                role_verb = None
        if role_verb is not None and person.properties.get("role_class") not in {"official", "lawmaker", "police", "judicial", "diplomat", "spokesperson"}:
            rel, key, kind = _COUNT_VERBS[role_verb]
            if rel is not None:
                event = self._host(kind, events, None)
                self._edge(rel, event.node.key, person.key, ev)
            return
        if (ent.start, ent.end) in announcing:
            if any(t.lower_ == "announced" for t in doc[ent.end:min(sent.end, ent.end + 3)]):
                for event in events:
                    self._edge(RelType.ANNOUNCED, person.key, event.node.key, ev)
            return
        for event in events:
            if event.type in {"warrant", "sanction"} and {"for", "against"} & set(before[-6:]) or event.type == "sanction" and before and before[-1] in {"sanctioned", "designated"}:
                self._edge(RelType.TARGETED, event.node.key, person.key, ev)
                return
        participates = any(w in _PARTICIPATION for w in after[:4]) or (before and before[-1] in {"by", "with"})
        for event in events:
            if event.type == "visit" and (participates or before[-2:] in (["visit", "by"], ["trip", "by"])):
                self._edge(RelType.PARTICIPATED_IN, person.key, event.node.key, ev)
            elif event.type != "visit" and participates and event.type in {"raid", "investigation", "rescue", "repatriation"}:
                if any(w in {"led", "oversaw"} for w in after[:3]):
                    self._edge(RelType.LEADS, person.key, event.node.key, ev)
                else:
                    self._edge(RelType.PARTICIPATED_IN, person.key, event.node.key, ev)

    # -- delegations -------------------------------------------------------------------------
    def _delegations(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], ev: Evidence) -> None:
        doc = self.doc
        heads = [t for t in sent if t.lower_ in {"delegation", "delegations"} or self._team_head(t.i, sent)]
        if not heads:
            mention = re.search(r"\b(the delegation|the lawmakers|the delegates)\b", self._text(sent), re.I)
            if self.delegation is not None and mention and any(t.lower_ in _PARTICIPATION for t in sent):
                for event in events:
                    self._edge(RelType.PARTICIPATED_IN, self.delegation.key, event.node.key, ev)
            return
        head = heads[0]
        window = doc[max(sent.start, head.i - 4):min(sent.end, head.i + 6)]
        # whose delegation: a demonym or country near it, not where it went ("a working group to Thailand")
        code = next((e.id_ for e in ents if e.label_ in {"NORP", "COUNTRY"} and window.start <= e.start < window.end
                     and self.lower[e.start - 1] not in {"to", "in", "into"}), "")
        if not code and self.lower[sent.start:head.i].count("dispatched") + self.lower[sent.start:head.i].count("sent"):
            code = next((e.id_ for e in ents if e.label_ == "COUNTRY" and e.start < head.i), "")  # "South Korea dispatched a task force"
        words = {t.lower_ for t in window}
        kind = "parliamentary" if words & {"parliamentary", "lawmakers", "legislators", "lawmaker", "congressional", "assembly"} \
            else "government" if words & {"government", "officials", "ministerial", "official"} else ""
        leader = self._led_by(sent, ents, nodes, head.i)
        if not code and leader is not None:  # "Chinese Assistant Minister ... Liu Zhongyi led a working group"
            code = next((self.batch.nodes[t].properties.get("iso2", "") for (src, rel, t) in self.edges
                         if src == leader.key and rel is RelType.HAS_NATIONALITY), "")
        if leader is None and self.delegation is not None and re.search(r"\bthe delegation\b", self._text(sent), re.I):
            delegation = self.delegation
        else:
            label = demonym(code) if code else ""
            name = " ".join(filter(None, [label, kind, "delegation"]))
            if leader is not None:
                name += f" led by {leader.name}"
            props: dict = {"kind": kind or None, "country": code or None}
            purpose = _purpose(self._text(sent))
            if purpose:
                props["purpose"] = purpose
            delegation = self._add(Node(Label.DELEGATION, name[0].upper() + name[1:], properties=props))
            self.delegation = delegation
        if code:
            nat = self._nationality(code)
            if nat is not None:
                self._edge(RelType.REPRESENTS, delegation.key, nat.key, ev)
        if leader is not None:
            self._edge(RelType.LEADS, leader.key, delegation.key, ev)
        including = next((t.i for t in sent if t.lower_ in {"including", "included", "members"}), None)
        if including is not None:
            for ent in ents:
                member = nodes.get((ent.start, ent.end))
                if ent.label_ == "PERSON" and ent.start > including and member is not None and member is not leader:
                    self._edge(RelType.MEMBER_OF, member.key, delegation.key, ev)
        if self._delegation_takes_part(sent, head.i, ents, leader, nodes):
            for event in events:
                self._edge(RelType.PARTICIPATED_IN, delegation.key, event.node.key, ev)

    def _delegation_takes_part(self, sent: Span, head: int, ents: list[Span], leader: Node | None, nodes: dict) -> bool:
        """"The delegation ... accompanied the raid": a verb of taking part follows the delegation
        before anyone else's clause starts."""
        others = {e.start for e in ents if e.label_ in {"PERSON", "AGENCY"} and nodes.get((e.start, e.end)) is not leader}
        for tok in self.doc[head + 1:sent.end]:
            if tok.i in others:
                return False
            if tok.lower_ in _PARTICIPATION and not (tok.i + 1 < sent.end and self.lower[tok.i + 1] == "by"):
                return True  # ("led by" names the leader; it is not taking part in anything)
        return False

    def _team_head(self, i: int, sent: Span) -> bool:
        """A team a government sends, told as one: "a task force led by ...", "led a working group to
        Thailand". Its leader and purpose make it a delegation."""
        word, before = self.lower[i], self.lower[i - 1] if i > sent.start else ""
        if not ((word == "force" and before == "task") or (word == "group" and before == "working")
                or word in {"team", "mission"} and before in {"government", "joint", "inter-agency", "investigation", "rescue"}):
            return False
        after = self.lower[i + 1:min(sent.end, i + 3)]
        return after[:2] == ["led", "by"] or after[:2] == ["headed", "by"] or (
            i - 3 >= sent.start and self.lower[i - 3] in {"led", "headed"}) or (i - 2 >= sent.start and self.lower[i - 2] in {"led", "headed"})

    def _led_by(self, sent: Span, ents: list[Span], nodes: dict, after: int) -> Node | None:
        doc = self.doc
        for ent in reversed([e for e in ents if e.label_ == "PERSON" and e.end <= after]):
            between = self.lower[ent.end:after]
            if between and between[0] in {"led", "headed"} and len(between) <= 4:
                return nodes.get((ent.start, ent.end))  # "Liu Zhongyi led a working group"
        for tok in doc[after:sent.end]:
            if tok.lower_ in {"led", "headed", "leader", "chaired"} and tok.i + 1 < sent.end and self.lower[tok.i + 1] in {"by", "of"}:
                for ent in ents:
                    if ent.label_ == "PERSON" and tok.i < ent.start <= tok.i + 9:
                        return nodes.get((ent.start, ent.end))
        return None

    # -- organizations, sites, sanctions -----------------------------------------------------
    def _organizations(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event],
                       announcing: set[tuple[int, int]], ev: Evidence) -> None:
        doc = self.doc
        actors = [e for e in ents if e.label_ in {"ORG", "PERSON"} and (e.start, e.end) in nodes]
        sites = [e for e in ents if e.label_ == "SITE" and (e.start, e.end) in nodes]
        for actor in actors:
            for site in sites:
                lo, hi = sorted([actor, site], key=lambda e: e.start)
                if hi.start - lo.end > 8:
                    continue
                words = {t.lower_ for t in doc[lo.end:hi.start]}
                rel = RelType.OWNS if words & _OWN else RelType.OPERATES if words & _OPERATE else None
                if rel is not None:
                    self._edge(rel, nodes[(actor.start, actor.end)].key, nodes[(site.start, site.end)].key, ev)
        for actor in actors + [e for e in ents if e.label_ == "AGENCY" and (e.start, e.end) in nodes]:
            lead = [t.lower_ for t in doc[max(sent.start, actor.start - 3):actor.start]]
            if self.sites and not sites and lead[-2:] in (["run", "by"], ["operated", "by"], ["owned", "by"], ["controlled", "by"]) \
                    and re.search(r"\bthe (compound|site|hub|building|complex|zone|casino)\b", self._text(sent), re.I):
                rel = RelType.OWNS if lead[-2] == "owned" else RelType.OPERATES
                self._edge(rel, nodes[(actor.start, actor.end)].key, self.sites[0].key, ev)  # "the compound had been run by X"
        for actor in actors:
            # "the compound's owner, Lucky Harvest Holdings": of the site the story is about
            lead = [t.lower_ for t in doc[max(sent.start, actor.start - 3):actor.start]]
            if self.sites and "," in lead and ({"owner", "landlord"} & set(lead) or {"operator", "manager"} & set(lead)):
                site = nodes[(sites[0].start, sites[0].end)] if sites else self.sites[0]
                rel = RelType.OWNS if {"owner", "landlord"} & set(lead) else RelType.OPERATES
                actor_node = nodes[(actor.start, actor.end)]
                if actor.label_ == "ORG" or rel is RelType.OWNS:
                    self._edge(rel, actor_node.key, site.key, ev)
        for event in events:
            if event.type != "sanction":
                continue
            for ent in ents:
                node = nodes.get((ent.start, ent.end))
                if node is not None and ent.label_ in {"ORG", "PERSON", "SITE"} and node.properties.get("role_class") not in {"official", "lawmaker", "spokesperson"}:
                    if (ent.start, ent.end) not in announcing:
                        self._edge(RelType.TARGETED, event.node.key, node.key, ev)

    def _scams(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], sites: list[Node], ev: Evidence) -> None:
        scams = [nodes[(e.start, e.end)] for e in ents if e.label_ == "SCAM" and (e.start, e.end) in nodes]
        forms = gz.forms_table("scam_types.tsv")
        for ent in ents:  # "romance and cryptocurrency scams": romance scams too
            if ent.label_ == "SCAM" and ent.start >= 2 and self.lower[ent.start - 1] in {"and", "or", ","}:
                head = self.lower[ent.end - 1]
                canonical = forms.get(f"{self.lower[ent.start - 2]} {head}")
                if canonical:
                    scams.append(self._add(Node(Label.SCAM_TYPE, canonical)))
        abuses = [e.id_ for e in ents if e.label_ == "ABUSE"]
        if not scams and not abuses:
            return
        here = sites or [nodes[(e.start, e.end)] for e in ents if e.label_ == "ORG" and (e.start, e.end) in nodes]
        if not here and _GENERIC.search(self._text(sent)):
            return  # "such compounds", "the industry": said of scams in general, not of this site
        if not here:
            here = [self.sites[0]] if self.sites else [e.node for e in events]
        for owner in here:
            for scam in scams:
                self._edge(RelType.ENGAGED_IN, owner.key, scam.key, ev)
            if abuses:
                known = list(owner.properties.get("abuses", []))  # type: ignore[arg-type]
                owner.properties["abuses"] = known + [a for a in dict.fromkeys(abuses) if a not in known]

    def _identifiers(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        found = list(find_identifiers(self._text(sent), sent.start_char))
        if not found:
            return
        users = [nodes[(e.start, e.end)] for e in ents if e.label_ in {"SITE", "ORG", "PERSON"} and (e.start, e.end) in nodes]
        for item in found:
            node = self._add(Node(Label.IDENTIFIER, f"{item.kind}:{item.value}",
                                  key=make_key(Label.IDENTIFIER, f"{item.kind}-{item.value}"),
                                  properties={"kind": item.kind, "value": item.value}))
            for user in users:
                self._edge(RelType.USES, user.key, node.key, ev)

    # -- edges ---------------------------------------------------------------------------------
    def _edge(self, rel: RelType, source: str, target: str, ev: Evidence, **props: int) -> None:
        if source == target:
            return
        held = self.edges.get((source, rel, target))
        if held is None:
            self.edges[(source, rel, target)] = Edge(rel, source, target, (ev,), dict(props))
            return
        if ev not in held.evidence:
            held.evidence = (*held.evidence, ev)
        for name, value in props.items():
            held.properties[name] = max(value, held.properties.get(name, 0))  # type: ignore[arg-type]


_PLURAL_DEMONYMS = {f for f in demonym_table() if f.endswith("s") and not f.endswith("ese")} | {"chinese", "vietnamese", "japanese", "burmese", "taiwanese", "lao", "thai", "khmer"}
_PEOPLE_WORDS = set(gz.people_nouns()) | {"man", "woman", "boy", "girl", "national", "citizen", "worker", "victim", "suspect",
                                          "lawmakers", "lawmaker", "businessman", "businesswoman",
                                          "tycoon", "teenager", "teenagers", "student", "students", "tourists", "tourist",
                                          "job", "jobseekers", "nationality", "descent",
                                          "passport", "passports", "couple", "family", "families", "ones"}
_NOT_YET = {"faster", "swift", "swifter", "speedy", "quicker", "future", "possible", "further", "more", "any",
            "prevent", "avoid", "potential", "planned"}
_SPEAKERS = {"officials", "official", "authorities", "sources", "police", "diplomats", "spokesperson", "ministry",
             "embassy", "reporters", "correspondent", "journalists"}
_MODAL = re.compile(r"\b(would|could|should|might|must)\b", re.I)
_COUNTRY_NAMES = {f.casefold() for code, forms in gz.rows("country_aliases.tsv") for f in forms.split("|")}
_GENERIC = re.compile(r"\b(such|these|many|other|often|typically|usually|industry|generally|commonly)\b", re.I)
_CONNECTING_VERBS = {"said", "told", "met", "with", "and", "accompanied", "joined", "visited", "by", "including"}


_GENERIC_AGENCY_WORDS = {"department", "ministry", "bureau", "office", "of", "the", "for", "justice", "immigration",
                         "national", "assembly", "foreign", "interior", "home", "affairs", "police", "doj", "moj"}


def _in_phrases(text: str, lookup: Callable[[str], str | None]) -> str:
    """The first answer ``lookup`` gives for a run of up to three words of ``text``, widest first."""
    words = text.split()
    for width in (3, 2, 1):
        for i in range(len(words) - width + 1):
            found = lookup(" ".join(words[i:i + width]))
            if found:
                return found
    return ""


def _generic_agency(text: str) -> bool:
    """A name every country's agency has ("Department of Justice", "Bureau of Immigration")."""
    return all(word in _GENERIC_AGENCY_WORDS for word in text.lower().replace(",", " ").split())


_CLAUSE = re.compile(r"\b(?:after|before|when|while|because|whereas|although|since|until)\b", re.I)

#: Words a number names rather than counts after: "Branch 167", "Building 4", "Gate No. 2".
_NUMBERED = {"branch", "no", "no.", "unit", "block", "building", "tower", "zone", "room", "lot", "route", "highway",
             "gate", "phase", "km", "kilometre", "kilometer", "section", "article", "chapter", "act", "floor"}

#: Agencies that a country has one of, so that the dateline can say whose they are.
_NATIONAL_KINDS = {"ministry", "government", "immigration", "department"}
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,30}?)(?:,[^\n—–-]{0,40})?\s*(?:\(\w[^)]{0,20}\))?\s*(?:[—–-]{1,2}|:)\s")


def _dateline_country(text: str) -> str:
    """"JAKARTA - ...", "PHNOM PENH, Oct 15 — ...": the country of the city the story was filed from."""
    for line in text.lstrip().splitlines()[:6]:
        found = _DATELINE.match(line)
        if found:
            city = found.group(1).strip().title()
            return place_country(city) or ""
    return ""


def _dateline(mention: DateMention, text: str) -> bool:
    """"PHNOM PENH, Oct 15 — ...": the dateline's date is when it was filed, not when events were."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return mention.start - line_start < 40 and bool(re.match(r"\s*[—–-]{1,2}\s", text[mention.end:mention.end + 4]))


def _parenthesized(ent: Span) -> bool:
    """"(CCOS)" right after the name it abbreviates: the same mention, not a second actor."""
    doc = ent.doc
    return 0 < ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 600 else text[:597] + "..."


def _name(ent: Span) -> str:
    text = " ".join(ent.text.split())
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"^\w+-(?:owned|run|based|backed|linked|controlled)\s+", "", text)  # "Chinese-owned Yatai ..."
    text = re.sub(r"(?<=\w)\s*['’]s\s+(?=[a-z])", " ", text)  # "Myanmar's military" -> "Myanmar military"
    if text.isupper() and len(text) > 5:
        text = text.title()
    return text.rstrip(".,;:")


def _country_node(code: str) -> Node:
    return Node(Label.LOCATION, country_name(code), properties={"kind": "country", "country": code})


def _rank(node: Node) -> int:
    if node.label is Label.SITE:
        return 0
    return PLACE_RANK.get(str(node.properties.get("kind", "city")), 2)


def _agency_kind(text: str) -> str:
    words = text.lower().split()
    heads = gz.heads()
    for width in (2, 1):
        for i in range(len(words) - width, -1, -1):
            phrase = " ".join(words[i:i + width])
            if phrase in heads:
                return heads[phrase][1]
    for word in words:
        if word in {"authorities", "junta"}:
            return "government"
        if word in {"prosecutors"}:
            return "prosecution"
        if word in {"border", "guards"}:
            return "military"
    return ""


def _known_by_country(code: str, kind: str, text: str) -> str:
    """"Cambodian police" -> "Cambodian National Police", when the gazetteer knows exactly one."""
    if not code or not kind or len(text.split()) > 3:
        return ""
    found = [a.name for a in gz.known_agencies() if a.country == code and a.kind == kind]
    return found[0] if len(found) == 1 else ""


_PURPOSE = [
    re.compile(r"\bas part of (?:a|an|the|its|their)\s+([^,.;]{3,80}?(?:investigation|inquiry|probe|mission|review|hearing|visit|fact-finding trip))\b", re.I),
    re.compile(r"\bto (investigate|inspect|examine|discuss|review|check on|seek|secure|negotiate|press for|oversee) ([^,.;]{3,80})", re.I),
]


def _purpose(text: str) -> str:
    for pattern in _PURPOSE:
        found = pattern.search(text)
        if found:
            return " ".join(" ".join(found.groups()).split())
    return ""


"""What the reader holds while it reads: events and counts told so far, and the helpers
that add nodes and edges to the batch."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate
from operator import add

from spacy.attrs import LIKE_NUM, SENT_START
from spacy.tokens import Doc, Span

from scamgraph.loaders.dates import DateMention, latest_written_date
from scamgraph.loaders.news.address_years import address_anchor
from scamgraph.loaders.news.headline_totals import HeadlineTotals
from scamgraph.loaders.news.lead_totals import DayOfTelling
from scamgraph.loaders.news.datelines import dateline_country, dateline_span
from scamgraph.loaders.news.mention_text import display_name
from scamgraph.loaders.news.timing import _filed_on
from scamgraph.loaders.nlp.ents import Sentence, document_ents
from scamgraph.loaders.nlp.sentences import token_lowers, token_spaces, token_texts
from scamgraph.loaders.text import Article
from scamgraph.model import Edge, Evidence, GraphBatch, Node, PropertyValue, RelType
from scamgraph.resolve import country_code

#: The most words a headline runs to: a longer "title" is a lead paragraph that stood in for a page's
#: missing title (its first line), whose acts are the story's own, not a headline's told again
_HEADLINE_WORDS = 30


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
    came_from: bool = False  # the nationality was read from "people from X"
    past: bool = False  # its verb is a relative clause's: ", who were rescued from ...," (an earlier act)
    mixed: bool = False  # of two peoples together ("40 Chinese and Taiwanese"), or of none told: no one's number
    done_to: int = -1  # token index of an act's participle inside the phrase ("93 rescued Indonesians"), else -1


class _State:
    """The reader's memory of one document; every rule module reads and extends it."""

    def __init__(self, batch: GraphBatch, doc: Doc, article: Article) -> None:
        self.batch, self.doc, self.article = batch, doc, article
        # token strings as plain lists: indexing a Doc builds a Token object each time
        self.words = token_texts(doc)
        self.like_num = doc.to_array(LIKE_NUM).astype(bool).tolist()
        # each token's character offset: the lengths of the tokens and spaces before it, as the tokenizer set it
        self.idx = list(accumulate(map(add, map(len, self.words), token_spaces(doc)), initial=0))[:-1]
        self.text = article.text  # the doc's text; Span.text and Doc.text join their tokens again on every call
        self.lower = token_lowers(doc)  # (the name finder made it)
        self.lower_set = frozenset(self.lower)  # (for screens: a rule whose words the story lacks need not run)
        self.ents = _countries_named_as_towns(doc, document_ents(doc))  # (Doc.ents builds its Span objects again on every read)
        self.sentences: list[Span] = _sentences(doc)  # (and so does Doc.sents)
        self.role_tokens = {i for e in self.ents if e.label_ == "ROLE" for i in range(e.start, e.end)}
        self.events: list[_Event] = []
        self.only_tallies = False  # (the sentence just counted told only tallies: see ``counts``)
        self.tallied_figures: set[int] = set()  # the running totals the sentence just counted told
        self.sentence_figures: set[int] = set()  # every number of people it told
        self.days_before: list[DateMention] = []  # the days the sentence before gave its acts (not its telling's)
        self.operation_before: DateMention | None = None  # the day of an operation it told in no event word
        self.last_of_type: dict[str, _Event] = {}
        self.said_dated: set[int] = set()  # ids of events dated only by when they were announced
        self.said_by: dict[int, int] = {}  # ... of those, -> where the telling's day is written (one telling, several acts)
        self.dated_in: dict[int, int] = {}  # ids of events told undated, -> the sentence (start) that gave them a day
        self.own_telling: set[int] = set()  # ... of those, the ones the speaker says it did itself
        self.told_apart: set[int] = set()  # ids of events told as another, earlier one ("Earlier, ...")
        self.in_their_past: set[int] = set()  # ids of raids told as people's past ("had been arrested in a raid")
        self.country_words: list[tuple[str, str, Evidence]] = []  # (town, country) a country's word told
        self.during_undated_raid: dict[int, _Event] = {}  # ids of seizures and escapes told undated after an undated raid
        self.dead_again: list[_Event] = []  # deaths told of one person referred back to ("The teacher was found dead")
        self.remands: set[int] = set()  # ids of detentions a court's remand told ("remanded to jail")
        self.campaigns: set[int] = set()  # ids of raids told as a wave of raids ("nationwide raids")
        self.born_in: dict[int, tuple[int, int]] = {}  # id of an event -> (start, end) of the sentence that first told it
        self.headlined: set[int] = set()  # ids of events the headline atop the text first told
        self.last_told: _Event | None = None  # the last event a sentence's own words named
        self.headline_futures: set[int] = set()  # ... of those, the ones told as to come ("Laos to deport 40")
        self.folded_arrest = False  # this sentence's arrest is the first step of its sending home
        self.named: set[int] = set()  # ids of events some sentence's own event word names
        self.framing: set[int] = set()  # ids of rescues only a count beside a return home tells of
        self.sent_home: tuple[int, _Event] | None = None  # (token position, event) of the last sending home named
        self.handed_over: set[int] = set()  # ids of sending-home events told only as a handover
        self.days_reckoned: dict[int, str] = {}  # the day each "a day earlier" (by where it starts) was reckoned to
        self.reckoned: set[int] = set()  # ids of events dated to a month reckoned back ("three months ago")
        self.on_arrival: set[int] = set()  # ids of arrests told at the end of a journey home ("upon arrival")
        self.own_takings: set[int] = set()  # ids of arrests told on after another body's raid (``_own_taking_again``)
        self.taking_raids: set[int] = set()  # ids of raids told as where the people before were taken ("They were held in raids")
        self.fled_raids: set[int] = set()  # ids of raids told as what drove people to flee ("raids pushed hundreds to flee")
        self.freed_on_bail = False  # the story told people freed on bail or their own recognizance
        self.worldwide: set[int] = set()  # ids of events counted "across 18 countries": an operation no one town holds
        title = " ".join((article.title or "").split()).lower()
        # the headline, as _in_title finds it atop the text (not a lead paragraph standing in for a missing title)
        self.plain_title = title if 3 <= len(title.split()) <= _HEADLINE_WORDS else ""
        self.totals = HeadlineTotals()  # the numbers the headline told, and the story (a headline's total of several acts)
        self.telling = DayOfTelling()  # counts told before their event had a day (a summary's total of several acts)
        self.rough_counts: set[tuple[int, str]] = set()  # (event id, key) whose number was told roughly ("nearly 150")
        self.floor_counts: set[tuple[int, str]] = set()  # (event id, key) whose number was told as a least ("over 300")
        # kind -> (sentence start, event) of a sending home told as done before the story's ("had already returned")
        self.earlier_sendings: dict[str, tuple[int, _Event]] = {}
        self.sentence: Span | None = None  # the sentence being read (its triggers, its dates)
        self.follows: int | None = None  # position of "follows" after a subject naming the event told before
        self.trigger_at: list[int] = []  # token positions of the event words in the sentence being read
        self.trigger_kinds: dict[int, str] = {}  # their kinds (a phrase's first word: "wanted notice" is a warrant)
        self.event_words: dict[int, list[int]] = {}  # id of an event -> positions of its words in that sentence
        self.told_before: set[int] = set()  # ids of the events told before the sentence being read
        # (first token, end, id of an event): words between a count and its own day, whose place is that day's act only
        self.days_places: list[tuple[int, int, int]] = []
        # ("Police in X" as an agency's phrase, its node, the place): the sentence's bodies placed by "in"
        self.placed_bodies: list[tuple[Span, Node, Span]] = []
        self.people: list[tuple[int, Node]] = []  # (token position, node) of full-name mentions
        self.person_names: set[str] = set()
        self.person_tokens: set[str] = set()
        self.sites: list[Node] = []
        # key of a described site -> key of the name it was later given (also: key of a town's body told by
        # "in" -> key of its full name, placed_bodies.py)
        self.site_alias: dict[str, str] = {}
        self.town_bodies: dict[str, str] = {}  # key of a body told as "police in <town>" -> the town's name
        self.site_words: dict[str, int] = {}  # key -> token position of the sites the sentence names
        self.delegation: Node | None = None
        self.last_nationality = ""
        self.last_link: tuple[RelType | None, str, _Event] | None = None  # the last sentence's counted people
        self.counted_link: tuple[RelType | None, str, _Event] | None = None  # the story's last people counted with an act
        self.counted_since = False  # people were counted with no act after them ("an outflow of 1,500 people")
        # the sentencing the sentence before told in parts, and its parts ("four to death, nine to life")
        self.penalties_told: tuple[_Event, list[tuple[int, tuple[str, ...]]]] | None = None
        self._list_lead: tuple[RelType | None, str, _Event] | None = None  # what a list after a colon counts
        self.nationality_before = ""  # the last nationality told before the sentence being read
        self.listed_people: set[int] = set()  # starts of countries that name people in a list
        # starts of lists naming the people of a group counted before: True for the rest of a breakdown
        # (the group's act is theirs), False for the group's origins (theirs where their sentence tells none)
        self.group_runs: dict[int, bool] = {}
        self.edges: dict[tuple[str, str, str], Edge] = {}
        self.nationality_nodes: dict[str, Node] = {}  # ISO code -> its node in the batch
        self.span_node: dict[tuple[int, int], Node] = {}
        self.dateline_country = dateline_country(article.text)
        self.article_country = _main_country(self.ents)
        self._countries_named: frozenset[str] | None = None  # (agencies: the countries the article names)
        self._countries_of_bodies: frozenset[str] | None = None  # (agencies: ... and of the bodies it names)
        self._bodies_home: str | None = None  # (agencies: the one country of the known bodies it names)
        self.dateline = dateline_span(article.text)  # (places: "MANILA, Philippines —" nests nothing)
        # an article without a publication date completes "October 24" from the years it writes,
        # or else from the year its address files it under
        self.anchor = None if article.published else latest_written_date(article.text) or address_anchor(article.url)
        self.told_on = _filed_on(article.text, article.published) or article.published  # relative dates count from it

    def _blank_line(self, sent: Span) -> None:
        """A sentence of whitespace alone (the break after a paragraph) tells nothing, and a story
        has a dozen: the rules, some 40 us a sentence even with nothing to read, are not run on it.
        This does to the memory what reading it through every rule would: what is kept of "the
        sentence being read" is emptied, and a list led by a colon ends (its items are lines)."""
        self.sentence, self.totals.in_headline = sent, False
        self.trigger_at, self.trigger_kinds, self.event_words, self.site_words = [], {}, {}, {}
        self.placed_bodies = []
        self.nationality_before, self.listed_people = self.last_nationality, set()
        self._list_lead = None

    def _live_raid(self) -> _Event | None:
        """The raid told last, unless it was told as what drove people to flee ("raids pushed
        hundreds to flee"): that raid took none of the people the story counts after it."""
        raid = self.last_of_type.get("raid")
        return raid if raid is not None and id(raid) not in self.fled_raids else None

    def _text(self, span: Span) -> str:
        return self.text[span.start_char:span.end_char]

    def _conductors_states(self, event: _Event) -> set[PropertyValue]:
        """The countries of the bodies that CONDUCTED ``event`` (a body of no known country left out)."""
        nodes = self.batch.nodes
        return {country for source in self._doers_of(event)
                if source in nodes and (country := nodes[source].properties.get("country")) is not None}

    def _doers_of(self, event: _Event) -> set[str]:
        """The keys of the bodies that CONDUCTED ``event``."""
        return {source for source, rel, target in self.edges if rel is RelType.CONDUCTED and target == event.node.key}

    def _name_of(self, ent: Span) -> str:
        """A mention's display name, read from the text (``Span.text`` builds every token of the span)."""
        return display_name(self.text[ent.start_char:ent.end_char])

    def _add(self, node: Node) -> Node:
        return self.batch.add_node(node)

    def _edge(self, rel: RelType, source: str, target: str, ev: Evidence, **props: int) -> None:
        if source == target:
            return
        if "count" in props:
            self.totals.told((source, rel, target), props["count"])
        held = self.edges.get((source, rel, target))
        if held is None:
            self.edges[(source, rel, target)] = Edge(rel, source, target, (ev,), dict(props))
            return
        if ev not in held.evidence:
            held.evidence = (*held.evidence, ev)
        for name, value in props.items():
            held.properties[name] = max(value, held.properties.get(name, 0))  # type: ignore[arg-type]


def _sentences(doc: Doc) -> list[Span]:
    """The document's sentences where ``Doc.sents`` puts them (a token whose sentence start is 1
    opens one), each built once: ``Doc.sents`` builds a Span per sentence, two Token objects each,
    that ``Sentence`` would only build again. A document with a hook of its own, or none of the
    annotation, is read by ``Doc.sents`` itself (which raises where it must)."""
    if "sents" in doc.user_hooks or len(doc) < 2 or not doc.has_annotation("SENT_START"):
        return [Sentence(doc, s.start, s.end) for s in doc.sents]
    starts = [0] + [i for i, start in enumerate(doc.to_array(SENT_START).tolist()) if start == 1 and i > 0]
    return [Sentence(doc, start, end) for start, end in zip(starts, starts[1:] + [len(doc)])]


def _main_country(ents: tuple[Span, ...]) -> str:
    """The country most of an article's places are in, when it holds at least half of them."""
    codes = Counter(ent.id_.split("|")[-1] for ent in ents if ent.label_ in {"PLACE", "COUNTRY"})
    codes.pop("", None)
    if not codes:
        return ""
    code, n = codes.most_common(1)[0]
    return code if 2 * n >= sum(codes.values()) else ""


def _countries_named_as_towns(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """The entities, with a town the city list holds under another country's name read as that
    country ("Egypt (6), Tunisia (4) and Jordan (4)": Jordan, not a town in Hong Kong; also Mali,
    Mexico, Armenia). The name finder has already decided whether the name begins a person's
    ("Jordan Pereira" stays a person); the document's own entities are set again, so that every
    rule reads the country."""
    found = []
    for ent in ents:
        canonical, kind, code = (ent.id_.split("|") + ["", "", ""])[:3]
        named = country_code(canonical) if ent.label_ == "PLACE" and kind == "city" and canonical else ""
        if named and named != code:
            found.append((ent, named))
    if not found:
        return ents
    swapped = {(ent.start, ent.end): named for ent, named in found}
    doc.ents = [Span(doc, e.start, e.end, label="COUNTRY", span_id=swapped[(e.start, e.end)]) if (e.start, e.end) in swapped
                else Span(doc, e.start, e.end, label=e.label_, kb_id=e.kb_id_, span_id=e.id_) for e in ents]
    return document_ents(doc)


#: Two words for one act of holding people: an arrest told again as a detention, or the other way round
HELD_KINDS = frozenset({"arrest", "detention"})


def held_told_before(events: list[_Event], kind: str, value: float | None) -> _Event | None:
    """The last arrest or detention of ``events`` told with the other word than ``kind`` that held
    ``value`` people ("Police detained 64 people ... The 64 arrested were ..."): one act told again."""
    if kind not in HELD_KINDS or value is None:
        return None
    return next((e for e in reversed(events) if e.type in HELD_KINDS and e.type != kind
                 and e.counts.get("arrested" if e.type == "arrest" else "detained") == value), None)

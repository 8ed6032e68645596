"""Event words that name rather than tell: a thing or a group by what happened to it ("a raided
gaming hub", "the deported group"), a body ("the Cyber Crime Investigation Bureau"), a business
("scam operations", "facilitated the entire operation"), or a source ("according to the arrest
warrant", "investigations showed"). Apart from asides.py, which asks these of every event word."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.enterprise_predicates import told_as_business
from scamgraph.loaders.news.enterprise_ties import tied_to_enterprise
from scamgraph.loaders.news.event_triggers import _WARRANT_PHRASE_OPENINGS, EVENT_TRIGGERS
from scamgraph.loaders.news.those_named import names_people_of_another_act
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.words import _BUSINESS_BEFORE_OPERATION
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S

#: Words after "a raided" that show the participle is a verb after all, not an adjective
_NOT_A_NOUN = {"in", "on", "at", "by", "from", "to", "and", "or", "the", "a", "an", "with", "for", "of"}
#: Nouns of a start: "since the launch of the crackdown", "since the start of the operation"
_STARTING = frozenset({"launch", "start", "beginning", "onset", "outset"})
#: Past verbs of finding: an inquiry as their subject is where the story comes from ("the probe revealed")
_PAST_FINDINGS = {"showed", "revealed", "found", "indicated", "suggested", "established", "uncovered", "discovered"}
#: The same in the present and "confirmed": "investigations suggest that ...", "the probe confirmed that ..."
_FINDINGS = _PAST_FINDINGS | {"shows", "reveals", "suggest", "suggests", "indicate", "indicates", "confirmed", "confirms"}
#: Words between an inquiry and its finding: "investigations have revealed", "the probe has also shown"
_FINDING_AUXILIARIES = frozenset({"has", "have", "had", "also", "so", "far", "further"})
_INQUIRIES = {"investigation", "investigations", "probe", "inquiry"}
#: Verbs whose object an act serves, not an act itself: "to facilitate investigations"
_ENABLING = {"facilitate", "assist", "aid", "support", "serve", "help", "enable", "allow", "expedite"}
#: Heads of an office named after its work: "head of investigations", "chief of investigation"
_OFFICE_HEADS = {"head", "chief", "director", "deputy", "commander", "officer", "division", "department", "bureau"}
#: Verbs of running or paying for a business, whose object "operation" is the criminals' own
_RUNNING = frozenset({"ran", "run", "runs", "running", "operating", "operated", "operate", "facilitated", "facilitating", "masterminded", "financed",
                      "funded", "bankrolled"})
#: Nouns of places and businesses that "the raided" names: "the raided hub", "the raided firm"
_RAIDED_PLACES = frozenset({"hub", "hubs", "office", "offices", "premises", "site", "sites", "facility", "firm",
                            "company", "establishment", "centre", "center", "den", "house"})
#: Criminal bodies whose own "operation" is their enterprise: "the ring's operation"
_CRIMINAL_BODIES = frozenset({"ring", "gang", "syndicate", "network", "cartel", "racket", "mafia", "triad", "group"})
_ENTERPRISE_FILLERS = frozenset({"the", "an", "a", "this", "their", "his", "her", "its", "entire", "whole", "scam", "cyber", "online",
                                 "fraud", "criminal", "illegal"})
_GROUP_NOUNS = {"group", "groups", "people", "persons", "individuals", "citizens", "nationals", "workers", "victims",
                "suspects", "men", "women", "foreigners", "migrants"}
#: A party of people and the words that rank it among others: "the first batch repatriated"
_PARTIES = frozenset({"batch", "batches", "group", "groups", "wave", "planeload", "busload"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last", "next", "final", "new"})


class NamesAndSources:
    """Tells an event word that names a thing, a group, a body, a business or a source (mixed
    into ``EventAsides``, which supplies the document's words)."""

    lower: list[str]
    words: list[str]
    like_num: list[bool]
    doc: Doc
    events: list[_Event]

    def _names_a_thing(self, i: int, sent: Span) -> bool:
        """"over a raided gaming hub in Porac where ...": a participle between "a" and its noun says
        what the thing is, as any adjective would; it tells no event of its own."""
        if i > sent.start and i + 1 < sent.end and self.lower[i - 1] == "the" and self.lower[i] == "raided" \
                and any(EVENT_TRIGGERS.get(w) not in {None, "raid"} for w in self.lower[sent.start:sent.end]):
            return True  # "X, the manager of the raided Golden Reed hub, was arrested": the hub raided before
        if i == sent.start or i + 1 >= sent.end or self.lower[i - 1] not in {"a", "an"}:
            return False
        after = self.words[i + 1]
        return self.lower[i].endswith("ed") and after.isalpha() and after.islower() \
            and after not in _NOT_A_NOUN and not after.endswith("ly") and (self.lower[i], after) not in _WARRANT_PHRASE_OPENINGS

    def _named_group(self, i: int, sent: Span) -> bool:
        """"the deported group", "those rescued workers": people named by what happened to them
        in an event told before; no new event."""
        before = self.lower[i - 1] if i > sent.start else ""
        if self.lower[i].endswith("ed") and before in _PARTIES and i - 2 >= sent.start and self.lower[i - 2] in _ORDINALS \
                and self.lower[sent.start] in {"this", "it", "that", "they", "these"}:
            return True  # "This is the first batch repatriated from Cambodia this year": the people told, again
        if not self.lower[i].endswith("ed") or before not in {"the", "these", "those", "a", "its", "their", "our"}:
            return False
        if any(w in gz.site_heads() or w in _RAIDED_PLACES for w in self.lower[i + 1:min(sent.end, i + 5)]) \
                and not set(self.lower[i + 1:min(sent.end, i + 5)]) & {"by", "on", "in", "at", "during", "and", ","}:
            return True  # "an incorporator of the raided offshore gaming hub X": a place named by its raid, told before
        if names_people_of_another_act(self.lower, i, sent.start, sent.end):
            return True  # "those arrested could be extradited on <day>": people named; the day is another act's
        k = i + 1  # "the arrested Chinese nationals", "the rescued Sri Lankans": a demonym on the way
        while k < min(sent.end, i + 4) and (self.doc[k].ent_type_ == "NORP" or self.lower[k] == "foreign"):
            k += 1
        return k < sent.end and self.lower[k] in _GROUP_NOUNS or k > i + 1 and self.doc[k - 1].ent_type_ == "NORP"

    def _an_enterprise(self, i: int, sent: Span) -> bool:
        """"facilitated the entire operation", "organizers running the operation": the object of a verb
        of running or paying for a business is the criminals' enterprise, past an article and an adjective."""
        if self.lower[i] not in {"operation", "operations"}:
            return False
        k = i - 1
        while k > sent.start and self.lower[k] in _ENTERPRISE_FILLERS:
            k -= 1
        if told_as_business(self.lower, i, sent.end):
            return True  # "the operation made 40 million pesos": its takings
        if k - 1 >= sent.start and self.lower[k] in POSSESSIVE_S and (self.doc[k - 1].ent_type_ == "PERSON"
                                                                     or self.lower[k - 1] in _CRIMINAL_BODIES):
            return True  # "Haider's operation was a network of touts", "a ring's operation in Tainan": theirs
        return self.lower[k] in _RUNNING and k < i - 1 or tied_to_enterprise(self.lower, i, sent.start)

    def _a_source(self, i: int, sent: Span) -> bool:
        """"According to the arrest warrant", "according to the indictment": a paper named as where a
        story comes from, like a speaker, not a happening told."""
        k = i - 1
        while k > sent.start and (self.lower[k] in {"the", "a", "an", "its", "their", "his", "her", "arrest", "court"}
                                  or self.lower[k] in EVENT_TRIGGERS):
            k -= 1
        if self.lower[i] in _INQUIRIES and i + 1 < sent.end and self.lower[i + 1] in _PAST_FINDINGS:
            return True  # "preliminary investigations showed that ...": the inquiry speaks, like a source
        return k > sent.start and self.lower[k - 1:k + 1] == ["according", "to"]

    def _finding_verb(self, i: int, sent: Span) -> int | None:
        """"investigations have revealed that ...", "the probe suggests": the position of the
        inquiry's finding verb right after it, past only auxiliaries (what follows it is what was
        found, with days of its own); None where none follows."""
        k = i + 1
        while k < sent.end and self.lower[k] in _FINDING_AUXILIARIES:
            k += 1
        found = k < sent.end and (self.lower[k] in _FINDINGS or k > i + 1 and self.lower[k] == "shown")
        return k if found else None

    def _inquiry_aided_or_headed(self, i: int, sent: Span) -> bool:
        """"handed to the police to assist investigations": the inquiry a step serves is its aim;
        "head of investigations at the immigration department": an office's name, not an inquiry."""
        k = i - 1
        while k > sent.start and self.lower[k] in {"the", "their", "its", "further", "ongoing"}:
            k -= 1
        if self.lower[k] in _ENABLING and self.lower[k - 1] == "to":
            return True
        return self.lower[k] == "of" and self.lower[k - 1] in _OFFICE_HEADS

    def _since_its_start(self, i: int, sent: Span) -> bool:
        """"Since the launch of a special operation ...", "since the start of the crackdown": the
        campaign is the point the time is told from, in a clause that tells what happened since."""
        lead = self.lower[max(sent.start, i - 7):i]
        return "since" in lead and not _STARTING.isdisjoint(lead[lead.index("since"):])

    def _inside_a_name(self, i: int, sent: Span) -> bool:
        """"the Cyber Crime Investigation Bureau": a capitalized word among capitalized words names a body."""
        doc = self.doc
        if i == sent.start or not doc[i].is_title:
            return False
        words = [t for t in sent if t.is_alpha]
        if sum(t.is_title for t in words) * 2 > len(words):
            return False  # a headline in title case: "Thai Patrol Rescues 39 Foreigners"
        return doc[i - 1].is_title or (i + 1 < sent.end and doc[i + 1].is_title)

    def _business_operation(self, i: int, sent: Span) -> bool:
        """"scam operations", "the operation of the hub": the word names a business, not a raid."""
        if self.lower[i] not in {"operation", "operations"}:
            return False
        after_of = i + 1 < sent.end and self.lower[i + 1] == "of"
        k = i - 1
        while k > sent.start and self.lower[k] in {"the", "a", "an", "this", "that", "whole", "entire"}:
            k -= 1  # "managing the operation"
        before = self.lower[k] if k >= sent.start else ""
        if k - 2 >= sent.start and self.lower[k - 1:k + 1] == ["-", "person"] and self.like_num[k - 2]:
            return True  # "oversaw a 30-person operation": a gang's business, counted by its staff
        return after_of or before in _BUSINESS_BEFORE_OPERATION or self.doc[i - 1].ent_type_ == "SCAM" \
            or self._unpoliced(sent)  # "the vendor accounts of the operation", "the operation is scheduled to begin at 9am"

    def _unpoliced(self, sent: Span) -> bool:
        """A sentence that names no force, no body and no act of one (nor do the words just before
        it), in a story that has told no raid before: its "operation" is a business's or a
        service's, no raid ("the app blocked the vendor accounts of the operation")."""
        return _ENFORCEMENT.isdisjoint(self.lower[max(0, sent.start - 40):sent.end]) \
            and not any(self.doc[k].ent_type_ == "AGENCY" or self.doc[k].ent_type_ == "ORG" and not self.doc[k].ent_id_.endswith("|media|")
                        for k in range(max(0, sent.start - 40), sent.end)) \
            and not any(e.type == "raid" for e in self.events)  # ("This operation took place on Tuesday": the raid told before)


#: Words of a force or of its acts that make a sentence's "operation" a raid ("police", "arrested", "troops")
_ENFORCEMENT = frozenset({"police", "policemen", "officers", "officer", "authorities", "troops", "soldiers", "army", "military",
                          "agents", "raid", "raided", "raids", "arrest", "arrested", "arrests", "detained", "detention",
                          "rescued", "rescue", "rescues", "freed", "seized", "seizure", "crackdown", "task", "force", "forces",
                          "joint", "immigration", "enforcement", "security", "investigators", "prosecutors", "militia",
                          "rangers", "guards", "government", "ministry", "operatives", "sting", "intercepted", "apprehended",
                          "nabbed", "busted", "repatriation", "deportation", "deported", "repatriated", "evacuation",
                          "arresting", "detaining", "raiding", "rescuing", "seizing", "interpol", "europol",
                          # ("Lotland launched a large operation to break up the fraud hubs": a state's drive against them)
                          "dismantle", "dismantled", "dismantling", "clampdown", "junta", "eradicate", "eradicating"})

"""Whether an act told after a raid (or an arrest operation) is part of it or an act of its own:
the raid no longer going on, the act of another state, country or police force, people who had
crossed out of the raided place, other people counted. Asked by ``events.py`` when it names a word's
event."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.event_triggers import _PART_OF_RAID
from scamgraph.loaders.news.other_counts import counts_others
from scamgraph.loaders.news.own_citizens import _code_of
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.words import _PEOPLE_WORDS
from scamgraph.model import RelType

#: Kinds that are events of their own but, told undated after a raid, happened during it
_DURING_RAID = {"seizure", "escape"}
#: The most words after an act's word to its passive "by" ("taken into custody by", "were held in Belmar by")
_AGENT_REACH = 6
#: The most words read after an act for the crossing its people made before it
_CROSSING_REACH = 16


class RaidParts(_State):
    """Tells whether an act told after a raid is part of it (mixed into ``EventRules``)."""

    def _counts_others(self, at: int, told: _Event | None, dates: list[DateMention]) -> bool:
        """The dated act word at ``at`` counts its own people, none of those the undated act of its
        kind told before counted (see ``other_counts``). After a dated act of the kind ("From 2017 to 2022,
        178 were detained. In 2019, 52 were detained"), the undated one before it is the one a date would
        be given to, so the one to compare with."""
        sent = self.sentence
        if told is not None and told.date:
            told = next((e for e in reversed(self.events) if e.type == told.type and not e.date and not e.period), None)
        if told is None or told.date or not told.counts or sent is None:
            return False
        in_a_date = {k for k in range(sent.start, sent.end) if any(d.start <= self.idx[k] < d.end for d in dates)}
        if min(sent.start + 1, sent.end - 1) not in in_a_date:
            return False  # (only a day the sentence opens on, "In January 2024, ...": a later day of the act told
            # is more often told after its verb, "were flown home on Friday")
        people = {k for k in range(sent.start, sent.end) if self.lower[k] in _PEOPLE_WORDS or self.doc[k].ent_type_ == "NORP"}
        return counts_others(self.lower, self.like_num, people, in_a_date, sent.start, sent.end, at, told.counts.values())

    def _raid_going_on(self) -> _Event | None:
        """The raid (or arrest operation) that arrests, rescues and seizures told now belong to; none
        once the story has moved on to another time ("... raided in November. In September police
        deported 164. These were arrested ..."). A warrant told with the raid ("on the strength of a
        warrant issued on Oct. 29") is its paper, not a move to another time. A raid told as what drove
        people to flee ("raids pushed hundreds to flee") yields to the story's arrest, if any."""
        # (a raid people fled: the arrest told is the act going on)
        raid = self._live_raid() or self.last_of_type.get("arrest") or self.last_of_type.get("raid")
        last = self.events[-1] if self.events else None
        if raid is not None and last is not None and last.type not in _PART_OF_RAID | _DURING_RAID | {"raid", "warrant"} \
                and last.date and last.date != raid.date:
            return None
        told = self.last_told  # (the event the sentences before named last, not the last one made)
        if raid is not None and told is not None and told is not raid and told.type in _PART_OF_RAID \
                and (told.period and not raid.period or told.date and raid.date and told.date != raid.date):
            return None  # "Last month, X rescued 240 from a hub in Y. Those rescued ...": that rescue, not today's raid
        return raid

    def _another_states_act(self, raid: _Event, at: int) -> bool:
        """"Myanmar troops raided the compound. Thai border police ... apprehended 18 people who fled":
        an act told after a raid by the body of another state than the raid's doers is that state's
        own act, not part of the raid (a body named before the act's word, in its sentence, not as
        the one the sentence is told "according to")."""
        sent = self.sentence
        if sent is None:
            return False
        doers = {code for e in self.ents if e.label_ == "AGENCY" and sent.start <= e.start and e.end <= at
                 and [w for w in self.lower[max(sent.start, e.start - 3):e.start] if w != "the"][-2:] != ["according", "to"]
                 and (code := _code_of(e))}  # ("According to the Vietnamese Embassy, local authorities rescued": its teller)
        doers |= self._agents_after(at)  # ("... after being taken into custody by Belmarian authorities")
        if not doers:
            return False
        return self._done_by_others(raid, doers)

    def _done_by_others(self, told: _Event, states: set[str]) -> bool:
        """The bodies that CONDUCTED ``told`` are of known states, none of them among ``states``."""
        raiders = self._conductors_states(told)
        return bool(raiders) and raiders.isdisjoint(states)

    def _agents_after(self, at: int) -> set[str]:
        """The states of the body a passive act names as its doer right after its word ("taken into
        custody by Belmarian authorities", "detained by the Belmarian police"): a custody abroad told
        after an arrest at home is the other state's act, not that arrest told again."""
        sent = self.sentence
        if sent is None:
            return set()
        k = next((j for j in range(at + 1, min(sent.end, at + _AGENT_REACH)) if self.lower[j] == "by"), -1)
        if k < 0 or self.lower[k - 1] in {",", "followed", "accompanied", "led", "joined", "aided", "assisted"}:
            return set()  # (not "followed by", "assisted by": a helper or another act)
        first = k + 1 + (self.lower[k + 1:k + 2] == ["the"])
        return {code for e in self.ents if e.label_ == "AGENCY" and e.start == first and (code := _code_of(e))}

    def _held_by_another_state(self, told: _Event, at: int) -> bool:
        """An undated arrest told before, and an act of taking now done by another state's body named
        after its word ("Zorvanian police arrested a man ... he came home after being taken into
        custody by Belmarian authorities"): two acts, the custody abroad its own."""
        agents = self._agents_after(at)
        return bool(agents) and self._done_by_others(told, agents)

    def _opening_country(self) -> Span | None:
        """The country a sentence opens on: "In Senegal, eight were apprehended"."""
        sent = self.sentence
        if sent is None or self.lower[sent.start] != "in":
            return None
        return next((e for e in self.ents if e.label_ == "COUNTRY" and e.start == sent.start + 1
                     and self.words[e.end:e.end + 1] == [","]), None)

    def _opens_on_another_country(self, told: _Event) -> bool:
        """"Kenyan police arrested 120 ... In Senegal, eight were apprehended": an act a sentence places
        in another country than the one told before is its own."""
        country = self._opening_country()
        if country is None:
            return False
        places = {target for source, rel, target in self.edges if source == told.node.key and rel is RelType.OCCURRED_AT}
        node = self.span_node.get((country.start, country.end))
        return node is not None and node.key not in places

    def _one_countrys_act(self, at: int) -> bool:
        """"Police in 14 countries arrested 410 ... Kenyan police arrested 120" ("In Senegal, eight were
        apprehended"): after an operation counted across countries, an act that one country's body does,
        or that a sentence opening on a country places there, is that country's part, an act of its own."""
        sent = self.sentence
        if sent is None:
            return False
        return self._opening_country() is not None \
            or any(e.label_ == "AGENCY" and sent.start <= e.start and e.end <= at and _code_of(e) for e in self.ents)

    def _after_a_crossing(self, at: int) -> bool:
        """"Thailand has detained 412 people who had crossed over to Mae Sot": an act
        on people who crossed out of the raided place, done on the other side, not part of the raid."""
        end = self.sentence.end if self.sentence is not None else len(self.lower)
        after = self.lower[at + 1:min(end, at + _CROSSING_REACH)]
        return any(w in {"crossed", "crossing"} and after[max(0, k - 2):k] and not {"after", "who", "having", "upon"}.isdisjoint(
            after[max(0, k - 2):k]) for k, w in enumerate(after))

    def _another_force(self, told: _Event, at: int) -> bool:
        """"Only days earlier, the Pune police arrested four agents. Meanwhile, the Odisha police have
        arrested two": a named police body, none of those that did the act told before, opens the
        sentence of this one: another force's act."""
        if self.sentence is None:
            return False
        doers, done_by = self._bodies_named_before(at), self._doers_of(told)
        return bool(doers) and bool(done_by) and doers.isdisjoint(done_by)

    def _own_taking_again(self, raid: _Event, at: int) -> bool:
        """"Border police arrested six Lao men at a guesthouse. Their flight follows raids by the army
        on compounds across the river. The police chief said his officers detained six Lao men":
        the story's arrest, told before a raid that other bodies made, is told on after it; a taking
        word there (whose sentence names no body but the arrest's own) is that arrest again, not the
        people the raid held. The arrest is kept apart from that raid (``self.own_takings``)."""
        taken = self.last_of_type.get("arrest")
        if taken is None or self.sentence is None or raid.type != "raid" or taken.date != raid.date \
                or not any(e is taken for e in self.events) or self.events.index(taken) > self.events.index(raid):
            return False
        made, did = self._doers_of(taken), self._doers_of(raid)
        if not made or not did or not made.isdisjoint(did) or not self._bodies_named_before(at) <= made:
            return False
        self.own_takings.add(id(taken))
        return True

    def _bodies_named_before(self, at: int) -> set[str]:
        """The keys of the agencies named in the sentence before ``at``."""
        sent = self.sentence
        assert sent is not None
        return {node.key for e in self.ents if e.label_ == "AGENCY" and sent.start <= e.start and e.end <= at
                and (node := self.span_node.get((e.start, e.end))) is not None}

    @staticmethod
    def _no_operation(kind: str, raid: _Event) -> bool:
        """"Police arrested the bosses of a scam hub on Tuesday, March 24. 162 workers were rescued":
        an arrest told with its day is an operation, and the rescue told next is part of it. An arrest
        told with no day ("the CBI has arrested two agents", "were recently arrested in a crackdown")
        is a case, not an operation: a rescue told after it ("the government facilitated the rescue
        of victims", "three more victims had earlier been rescued") is an event of its own."""
        return kind == "rescue" and raid.type == "arrest" and (len(raid.date) != 10 or raid.period)

    def _date_what_the_raid_yielded(self) -> None:
        """"Police arrested 80 at two hotels on Monday. Twelve were held during the raid. Officers
        also seized 300 phones": read in order, the seizure came after a raid with no day yet, so it
        took none; once ``raid_pointed_back`` gives that raid the taking's day, the seizure (or
        escape) told undated during it takes that day too, as it would after a dated raid (unless
        an act of its kind already stands on that day)."""
        for event in self.events:
            raid = self.during_undated_raid.get(id(event))
            if raid is None or event.date or event.period or not raid.date or raid.period \
                    or not any(e is raid for e in self.events):
                continue
            if any(e is not event and e.type == event.type and e.date == raid.date for e in self.events):
                continue
            event.date = raid.date
            self.told_apart.discard(id(event))  # (as after a dated raid: its part, not another act)

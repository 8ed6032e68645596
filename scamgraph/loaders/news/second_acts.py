"""A second act told of the same counted people in the same sentence: a second verb ("47
Nepalis were rescued and flown back", "45 Chinese arrested on Monday were deported on Friday"),
or a participle after the people a verb acts on ("arrested four Japanese men transferred from
the Philippines", "held 12 Korean men extradited from Laos"). Each gets its own event
with the same number."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.bare_numbers import BareNumbers
from scamgraph.loaders.news.clause_verbs import _LONG_PHRASE
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.event_totals import _object_of_perfect, dwarfs_the_act
from scamgraph.loaders.news.held_captive import held_captive
from scamgraph.loaders.news.homeward import back_to_captors, leg_home
from scamgraph.loaders.news.on_bail import on_bail
from scamgraph.loaders.news.passive_agents import passive_main_verb, past_agent
from scamgraph.loaders.news.place_between import past_place
from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.loaders.news.words import _BE
from scamgraph.model import Evidence, RelType

#: Words that open a subject of their own before an auxiliary: "after many were found", "they were".
_OTHER_SUBJECTS = frozenset({"many", "some", "most", "others", "they", "several", "few", "he", "she"})
#: Acts a participle after the counted people may tell: being moved home or abroad. ("detained" or
#: "held" there is most often their captors' act; "deported 771 Chinese arrested in raids" tells of
#: arrests that may have caught more people than were deported: neither is read here.)
_PARTICIPLE_ACTS = frozenset({RelType.DEPORTED, RelType.EXTRADITED, RelType.REPATRIATED})
#: Words that may stand between a verb and the number it acts on: "arrested (more than | the) 19".
_BEFORE_NUMBER = frozenset({"the", "all", "more", "than", "over", "about", "around", "some", "nearly", "at", "least",
                            "another", "a", "further",
                            '"', "”", "'", "’"})  # (a quote closing the verbs: 'had "rescued and repatriated" 29')
#: Participles that with "home" or "back" after them bring people home: "rescued and brought back home"
_BROUGHT = frozenset({"brought", "sent", "taken", "escorted", "airlifted"})
#: Those and the people's own coming home: "31 Ugandans rescued in Myanmar have reached home"
_HOMECOMING = _BROUGHT | {"reached", "returned", "arrived", "come"}
#: Active verbs of the people's own coming after an aside on them: "..., rescued in May, returned home".
_CAME = frozenset({"returned", "arrived", "landed", "came", "flew"})
#: Main verbs after a set-off clause on the people ("..., who were freed in May, were deported") that
#: tell a second act on them by themselves (a coming home needs "home" or "back" after it)
_MAIN_ACTS = frozenset({"repatriated", "deported", "expelled", "extradited", "arrested", "detained", "charged",
                        "indicted"})
#: Nouns of a sending done in parts: "repatriated in several groups", "deported in batches"
_IN_PARTS = frozenset({"groups", "batches", "flights", "waves", "phases", "rounds"})
#: Words after "transferred" that make it a move between states, not to a cell or a camp.
_ACROSS = frozenset({"from", "back"})
#: Act nouns that may come first in "the <act> and <act> of N people" ("the rescue and return of 30
#: Erlandians"), the people after "of" being both acts' people
_FIRST_NOUNS = frozenset({"arrest", "rescue"})
#: Words that may stand between that "of" and its number: a hedged figure ("the rescue and return of over
#: 600 Erlandians") is a running tally of many acts, no one act's people
_EXACT = frozenset({"the", "all", "another", "a", "further"})


#: How far phrases of place and time may run between a verb and the "and" of a second one
_PHRASES_REACH = 14
#: Words that end a run of such phrases: a clause or a subject of its own
_PHRASE_STOPS = frozenset({"who", "which", "that", "while", "when", "after", "before", "but", "as", "because",
                           "they", "he", "she", "we", "it"})
#: Words ending like verbs that are nouns or places of such phrases ("a raid on a building", "in the
#: United States", "a gated compound")
_PHRASE_WORDS = frozenset({"building", "united", "gated", "red", "bed", "shed", "morning", "evening", "housing",
                           "gambling", "wing", "landing"})


class SecondActs(BareNumbers):
    """Edges and counts of a second act done to the people a sentence has counted."""

    def _second_verb(self, count: _Count, sent: Span, events: list[_Event], nat: str, ev: Evidence,
                     dates: list[DateMention], rel: RelType | None = None) -> None:
        """"47 Nepalis were rescued and flown back": the same people, the same count, a second event
        (dated by the date told after its verb: "detained since August, returned on Saturday");
        ``rel`` is the act already read for them, whose verb may come after a clause on them."""
        if count.noun_role != "of" and self._part_and_whole(count, sent) is not None:
            return  # "Ten of the 111 Chinese arrested were deported": the clause's verb is the ten's, not the 111's
        self._joined_before(count, sent, events, nat, ev, dates, rel)
        if (sent_before := self._sent_away_first(count, sent, dates)) is not None:
            # "Nine Chileans were arrested on landing after being deported from Peru": the same people, sent first
            self._add_second(count, sent_before, _COUNT_VERBS[self.lower[sent_before]], sent, events, nat, ev, dates)
        aside = count.end < sent.end and self.words[count.end] == "," and count.end + 1 < len(self.words)
        k = count.end + aside
        if aside and self.lower[k] in _BE:
            aside = False  # "300 suspects, including 250 Chinese, were arrested and repatriated": the aside closed
        elif aside and self.lower[k] not in _COUNT_VERBS:
            # "Nine Chinese nationals, including the manager, were arrested and charged": past the aside
            k, aside = self._after_aside(k - 1, sent), False
            if k < sent.end and self.lower[k] in _CAME:  # "25 Sri Lankans, who were rescued in May, flew home"
                self._add_second(count, k, self._came_home(count, k, sent), sent, events, nat, ev, dates)
                return
            if k < sent.end and self.lower[count.end + 1] == "who" and rel is not None:
                self._main_after_who(count, k, sent, events, nat, ev, dates, rel)
        start = k
        while k < sent.end and k < start + 4 and self.lower[k] in _BE | {"successfully", "safely"}:
            k += 1
        if k < sent.end and self.lower[k] not in _COUNT_VERBS and rel is not None:
            k = passive_main_verb(self.lower, self.like_num, count.end, sent.end, rel)  # "26 Nepalis who ..., were freed"
        if k + 2 >= sent.end or self.lower[k] not in _COUNT_VERBS:
            return
        agent = past_agent(self.lower, self.words, k + 1, sent.end) if self.lower[k + 1] == "by" else None
        if aside and k == count.end + 1:
            j = self._after_aside(k, sent)  # "771 Chinese nationals, arrested in raids in Bokeo, were deported"
        elif self.lower[k + 1] == "and":
            j = k + 2
        elif agent is not None and self.lower[agent] not in {"handed", "turned"}:
            j = agent  # "were freed by soldiers and flown home": the agent is no second subject
            # (not "freed by the army and handed over at a border post": to whom is the act, not a return)
        elif (placed := past_place(self.lower, self.words, k + 1, sent.end)) is not None:
            j = placed  # "were freed from a compound in Bokeo and flown home": the place names no one
        elif (joined := self._and_past_phrases(k + 1, sent)) is not None:
            j = joined  # "were detained in a raid on a villa in April and deported": where and when, then "and"
        elif k == count.end:
            j = self._main_verb_at(k + 1, sent, reach=_LONG_PHRASE)  # "45 Chinese arrested on Monday were deported on
            # Friday" ("held in May on charges of running romance and crypto frauds out of a villa were expelled")
            j = self._sent_home_at(k + 1, sent) if j == sent.end else j  # ("held in Laos were sent home")
            if self.lower[j - 2:j - 1] and self.lower[j - 2] in _OTHER_SUBJECTS:
                return  # "... handed over after many were found working": another subject's verb
            if j + 2 < sent.end and self.lower[j + 1] == "and" and held_captive(self.lower, k, sent.end, sent.start):
                k, j = j, j + 2  # "47 Nepalis held in scam camps were rescued and flown back": the main verb's too
            elif j + 2 < sent.end and self.lower[j + 1] == "by" and held_captive(self.lower, k, sent.end, sent.start) \
                    and (after := past_agent(self.lower, self.words, j + 1, sent.end)) is not None \
                    and self.lower[after - 1] == "and":
                k, j = j, after  # "... held captive in X were freed by soldiers and returned to Peru"
            elif j == sent.end:
                self._object_participle(count, k, sent, events, nat, ev, dates)
                return
        else:
            return
        if agent is not None and j == agent and j < sent.end and self.lower[j] not in _COUNT_VERBS:
            j = self._and_past_phrases(j, sent) or j  # "were detained by police in a raid in May and deported"
        while j < sent.end and self.lower[j] in _BE | {"later", "then", "subsequently", "safely"}:
            j += 1
        second = _COUNT_VERBS.get(self.lower[j]) if j < sent.end else None
        if second is None and j + 1 < sent.end and self.lower[j] in _HOMECOMING and self.lower[j + 1] in {"home", "back"} \
                and self._homeward(j + 1, sent):  # type: ignore[attr-defined]
            second = _COUNT_VERBS["repatriated"]  # "13 Filipinos were rescued and brought back home"
        if j < sent.end and self.lower[j] in _CAME and j > k + 1 and self.words[j - 1] == ",":
            second = self._came_home(count, j, sent)  # "25 Sri Lankans, rescued in May, arrived in Colombo"
        if second is not None and self.lower[j] == "transferred" and leg_home(self.text, self.idx[j], sent.end_char):
            second = _COUNT_VERBS["repatriated"]  # "freed and transferred to Yangon before flying home"
        if second is None or second[0] is None or second == _COUNT_VERBS[self.lower[k]] or not self._told_as_done(j, sent) \
                or any(self.like_num[k + 1:j]) or self._partitioned(count, sent, k, j):  # "..., 19 were arrested": theirs
            return
        if self._own_object(j, sent):
            return  # "rescued 40 Indians held in Laos and arrested six agents": the second verb's people are the six
        if self.lower[j] == "handed" and _COUNT_VERBS[self.lower[k]][0] is RelType.DEPORTED:
            return  # "were deported and handed over to their home countries' police": one act
        if self.lower[j] == "transferred" and second[0] is RelType.DEPORTED and not self._moved_across(j, sent):
            return  # "were rescued and transferred to Bangkok": moved within a state, not sent out
        self._add_second(count, j, second, sent, events, nat, ev, dates)

    def _and_past_phrases(self, k: int, sent: Span) -> int | None:
        """The word after "and" where, from token ``k``, phrases of place, time or means run up to an
        "and" that a verb of the counted acts follows ("in a raid on a villa in Korsa in April and
        deported"); None where the words first reach a comma, a number, a clause or another verb."""
        for j in range(k, min(sent.end - 1, k + _PHRASES_REACH)):
            word = self.lower[j]
            if word == "and":
                after = j + 1
                while after < sent.end and self.lower[after] in {"later", "then", "subsequently", "were", "was"}:
                    after += 1
                return j + 1 if after < sent.end and self.lower[after] in _COUNT_VERBS \
                    and self.lower[after] not in {"handed", "turned"} and not on_bail(self.lower, after, sent.end) \
                    else None  # (not "freed by X and handed over": one act; nor "and were freed from a prison")
            if self.like_num[j] or word in _COUNT_VERBS or word in _PHRASE_STOPS or not self.words[j][:1].isalnum():
                return None
            if word not in _PHRASE_WORDS and word.endswith(("ed", "ing")):
                return None
        return None

    def _main_after_who(self, count: _Count, k: int, sent: Span, events: list[_Event], nat: str, ev: Evidence,
                        dates: list[DateMention], rel: RelType) -> None:
        """"40 Erlandians, who were freed in May, were flown home on Monday": the set-off clause told
        the act read for the people (``rel``), so the main verb after it, at ``k`` past its auxiliary,
        is a second act on the same people. Only a sending home or abroad, an arrest, a detention or a
        charge: "handed over" or "transferred" after a rescue is most often a move within a state."""
        if not any(_COUNT_VERBS.get(w, (None, "", ""))[0] is rel for w in self.lower[count.end + 2:k]):
            return  # (the clause told no act: "who had gone to work abroad")
        j = k
        while j < sent.end and j < k + 4 and self.lower[j] in _BE | {"successfully", "safely", "later", "then"}:
            j += 1
        if j == k or j + 1 >= sent.end:
            return  # (no auxiliary: "who were rescued, remain in camps" is no act of the state)
        second = _COUNT_VERBS.get(self.lower[j]) if self.lower[j] in _MAIN_ACTS else None
        if self.lower[j] in _HOMECOMING | {"flown"}:
            home = self.lower[j + 1] in {"home", "back"} and self._homeward(j + 1, sent)  # type: ignore[attr-defined]
            second = _COUNT_VERBS["repatriated"] if home else None
        if second is None or second[0] is rel or self._own_object(j, sent):
            return
        self._add_second(count, j, second, sent, events, nat, ev, dates)

    def _sent_away_first(self, count: _Count, sent: Span, dates: list[DateMention]) -> int | None:
        """Where the participle of a sending abroad stands in "after being deported" or "after they
        were extradited", told of the counted people after their own verb with no other number
        between (None where there is none)."""
        for k in range(count.end, sent.end - 2):
            if self.like_num[k] and not any(d.start <= self.idx[k] < d.end for d in dates) or self.words[k] in {";", ":"}:
                return None  # (another number, not a day's)
            if self.lower[k] != "after":
                continue
            j = k + 1 + (self.lower[k + 1] in {"being", "having"}) if self.lower[k + 1] != "they" else k + 3
            j += self.lower[j:j + 1] == ["been"]
            if self.lower[k + 1] == "they" and self.lower[k + 2:k + 3] not in (["were"], ["had"]):
                return None
            if j < sent.end and self.lower[j] in _COUNT_VERBS and self.lower[j].endswith("ed") \
                    and _COUNT_VERBS[self.lower[j]][0] in _PARTICIPLE_ACTS and self._told_as_done(j, sent) \
                    and not any(d.start > self.idx[j] for d in dates) \
                    and _IN_PARTS.isdisjoint(self.lower[j + 1:j + 6]):
                return j  # (not "after they were sent home in two groups": sendings of their own, each its day)
            return None
        return None

    def _sent_home_at(self, start: int, sent: Span) -> int:
        """Where "sent", "brought" or "taken" (or "reached", "returned") with "home" or "back" follows
        an auxiliary in the clause from ``start`` ("52 South Koreans held in Laos over phone scams were
        sent home", "31 Ugandans rescued in Myanmar have reached home"), else the sentence's end."""
        for j in range(start, min(sent.end - 2, start + 13)):
            if self.words[j] in {",", ";"} or self.like_num[j]:
                break
            if self.lower[j] in {"were", "was", "been", "have", "has", "had"} and self.lower[j + 1] in _HOMECOMING \
                    and self.lower[j + 2] in {"home", "back"} and not back_to_captors(self.lower, self.doc, j + 2, sent.end):
                return j + 1
        return sent.end

    def _add_second(self, count: _Count, j: int, second: tuple[RelType | None, str, str] | None, sent: Span,
                    events: list[_Event], nat: str, ev: Evidence, dates: list[DateMention]) -> None:
        """The event of the second act read at ``j`` (dated by the first date told after it), with the
        people's count and their edge; nothing where no act was read."""
        if second is None or second[0] is None or not self._told_as_done(j, sent):
            return
        rel, key, kind = second
        event = self._host(kind, events, next((d for d in dates if d.start >= self.idx[j]), None))
        event.counts[key] = max(count.value, event.counts.get(key, 0))
        self._edge(rel, event.node.key, nat, ev, count=count.value)

    def _joined_before(self, count: _Count, sent: Span, events: list[_Event], nat: str, ev: Evidence,
                       dates: list[DateMention], rel: RelType | None) -> None:
        """"had freed and flown home 30 Chileans": two active verbs joined by "and" share the object
        after the second (grammar), so the first act was done to the same people, with the same number.
        The act read for them (``rel``) must be the second verb's; finding them is no act of its own."""
        j = count.start - 1
        while j > sent.start and j > count.start - 4 and self.lower[j] in _BEFORE_NUMBER:
            j -= 1
        noun = self.lower[j] == "of" and j - 3 >= sent.start and self.lower[j - 2] == "and" \
            and self.lower[j - 3] in _FIRST_NOUNS and _EXACT.issuperset(self.lower[j + 1:count.start])
        j -= noun  # "the arrest and return of 14 Zorvanians": the nouns' form of "arrested and returned 14"
        if j - 2 < sent.start or self.lower[j - 1] != "and" or not (noun or self.lower[j - 2].endswith("ed")):
            return
        first, second = _COUNT_VERBS.get(self.lower[j - 2]), _COUNT_VERBS.get(self.lower[j])
        if first is None or second is None or second[0] is not rel or first[0] in {None, rel, RelType.FOUND} \
                or not self._told_as_done(j - 2, sent):
            return
        rel_first, key, kind = first
        event = self._host(kind, events, dates[0] if dates and not count.past else None, at=j - 2)  # type: ignore[attr-defined]
        if event.type != kind or rel_first is None:
            return  # "arrested and deported": the arrest folded into the sending home is told there already
        if dwarfs_the_act(event, key, count, dates, self.article.text) \
                and _object_of_perfect(self.lower, count.start, sent.start):
            return  # "rescued two on Monday ... has rescued and repatriated about 300": a body's tally, not that rescue
        event.counts[key] = max(count.value, event.counts.get(key, 0))
        self._edge(rel_first, event.node.key, nat, ev, count=count.value)

    def _own_object(self, j: int, sent: Span) -> bool:
        """The verb at ``j`` has a number of its own right after it (past "more than", "at least",
        "another"): its object is other people, counted there ("and arrested six agents")."""
        k = j + 1
        while k < sent.end and k < j + 4 and self.lower[k] in _BEFORE_NUMBER:
            k += 1
        return k < sent.end and self.like_num[k]

    def _moved_across(self, j: int, sent: Span) -> bool:
        """"transferred from | back | to China": a move between states (not to a city, a cell or a camp)."""
        nxt = self.lower[j + 1] if j + 1 < sent.end else ""
        return nxt in _ACROSS or nxt == "to" and j + 2 < sent.end and self.doc[j + 2].ent_type_ == "COUNTRY"

    def _after_aside(self, k: int, sent: Span) -> int:
        """The first word of the main verb after an aside closed by a comma (``sent.end`` if none)."""
        for j in range(k + 1, min(sent.end - 1, k + 10)):
            if self.words[j] == ",":
                return j + 1 if self.lower[j + 1] in _BE or self.lower[j + 1] in _CAME else sent.end
        return sent.end

    def _came_home(self, count: _Count, j: int, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The people's own active verb of coming at ``j``, after an aside on them that told their
        first act ("25 Sri Lankans, rescued in May, returned home | arrived in Colombo"): a return
        where they came home or back, or landed in their own country; else no act."""
        if self.lower[j + 1:j + 2] in (["home"], ["back"]) and self._homeward(j + 1, sent):  # type: ignore[attr-defined]
            return _COUNT_VERBS["repatriated"]
        if self.lower[j] in {"arrived", "landed"} and self._landed_home_from(count, sent, j) is not None:  # type: ignore[attr-defined]
            return _COUNT_VERBS["repatriated"]
        return None

    def _object_participle(self, count: _Count, k: int, sent: Span, events: list[_Event], nat: str, ev: Evidence,
                           dates: list[DateMention]) -> None:
        """"held 12 Korean men extradited from Laos": the participle right after people a
        verb acts on tells an act done to them before (its own event, dated by a date after it)."""
        rel, key, kind = _COUNT_VERBS[self.lower[k]]
        first = self._verb_before(count, sent)
        if rel is None or rel not in _PARTICIPLE_ACTS or first is None or first is rel or not self.lower[k].endswith("ed") \
                or not self._told_as_done(k, sent):
            return
        if self.lower[k] == "transferred" and self.lower[k + 1] not in _ACROSS:
            return  # "transferred to a detention centre": held, not moved
        event = self._host(kind, events, next((d for d in dates if d.start >= self.idx[k]), None))  # type: ignore[attr-defined]
        event.counts[key] = max(count.value, event.counts.get(key, 0))
        self._edge(rel, event.node.key, nat, ev, count=count.value)

    def _verb_before(self, count: _Count, sent: Span) -> RelType | None:
        """The act of the verb whose object the counted people are ("arrested more than 19 ...")."""
        j = count.start - 1
        while j > sent.start and j > count.start - 4 and self.lower[j] in _BEFORE_NUMBER:
            j -= 1
        told = _COUNT_VERBS.get(self.lower[j]) if j >= sent.start else None
        return told[0] if told is not None else None

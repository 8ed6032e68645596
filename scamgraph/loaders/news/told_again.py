"""People told again without their number: "They were later deported", "freed the Nepalis",
"deported the Chinese suspects", "45 people, all Chinese". The compiled patterns of
``count_patterns`` find them once per document; these rules give them their edges. The events
counted people belong to outside their own verb are read in ``count_hosts``, lists of counts in
``counted_lists``."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.bracket_rows import table_of_things
from scamgraph.loaders.news.count_hosts import _KEY_ACTS, _STATE_ACTS, CountHosts
from scamgraph.loaders.news.count_patterns import PeopleMatches, people_matches
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.counted_lists import CountedLists
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.facing_charges import act_word
from scamgraph.loaders.news.governing import _EVENT_PEOPLE
from scamgraph.loaders.news.named_again import named_before
from scamgraph.loaders.news.passive_back import PassiveBack
from scamgraph.loaders.news.place_between import second_after
from scamgraph.loaders.news.sex_asides import sex_aside
from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.loaders.news.suspects_counted import suspects_counted_apart
from scamgraph.loaders.news.words import BACK_NOUNS as _BACK_NOUNS
from scamgraph.loaders.news.words import _PEOPLE_WORDS
from scamgraph.loaders.numbers import number_value
from scamgraph.model import Evidence, RelType

#: Acts done only to victims and only to suspects: people counted by one are never named again as the
#: other side (suspects are sent home too: "repatriated 680 suspects ... The suspects were arrested")
_VICTIMS_ONLY = frozenset({RelType.RESCUED, RelType.AFFECTED})
_SUSPECTS_ONLY = frozenset({RelType.ARRESTED, RelType.CHARGED})
#: Nouns of suspects and of victims, which a definite subject told again names (never the other side)
_SUSPECT_NOUNS = frozenset({"suspects", "suspect", "accused", "detainees", "offenders", "perpetrators", "scammers"})
_VICTIM_NOUNS = frozenset({"victims", "victim", "survivors", "evacuees", "returnees"})
#: Plural nouns of people in general that a definite subject refers back with: "The men were named as ..."
_REFERRING_NOUNS = frozenset({"men", "women", "people", "detainees", "foreigners", "nationals", "workers"})
#: Adverbs and auxiliaries between "and" and a second verb: "and has already deported them"
_BETWEEN_AND_VERB = frozenset({"later", "then", "subsequently", "also", "eventually", "already", "has", "have", "had"})
#: Words that give the number of people named before them: "Vietnamese nationals totaling 120"
_TOTALLING = frozenset({"totaling", "totalling", "numbering"})
#: Singular people nouns: one person of the nationality before them.
#: What "handed over" people tells, by the sending the sentence's other words made of it (transfers.py).
_HANDED_KINDS = {"repatriation": _COUNT_VERBS["repatriated"], "deportation": _COUNT_VERBS["deported"]}
_ONE_PERSON = {"national", "citizen", "man", "woman", "suspect", "businessman", "businesswoman"}

#: Nouns that name people told before, after "the": "arrested the suspects".
#: Acts told of people counted before by "them" or "the suspects" besides those: sending them
#: away, rescuing them, charging them ("The suspects were charged with illegal entry").
_LATER_ACTS = {RelType.RESCUED, RelType.DEPORTED, RelType.REPATRIATED, RelType.CHARGED}



#: The most tokens a line of a list of counts holds ("- 3,000 Chinese citizens" and its line break)
_LINE_SPAN = 16


class PeopleToldAgain(CountHosts, CountedLists, PassiveBack):
    """Edges for people a sentence names by nationality but does not count itself."""

    @cached_property
    def _counted_before(self) -> dict[str, tuple[str, int]]:
        """Nationality -> (count key, number) of the people of that nationality counted last."""
        return {}

    @cached_property
    def _described_people(self) -> dict[str, int]:
        """Nationality -> number of people a sentence counted with no act ("Thirty-one Malaysians
        ended up in prison"), whom a definite subject naming their demonym may tell an act of later
        ("The Malaysians were arrested in a raid")."""
        return {}

    #: The sentence being read, the people counted last, and where the list line they were told on
    #: ends (None where they were not told on a line of a list).
    _reading: Span | None = None
    _told: list[tuple[str, int]] = []
    _item_end: int | None = None
    #: The people told last are a whole and its parts told after it ("The suspects, including 22 ...")
    _told_whole_and_part = False
    #: How many of the people told last are the whole (the rest are its parts, counted inside it)
    _told_whole_size = 0

    @property
    def _told_people(self) -> list[tuple[str, int]]:
        """(nationality key, number) of the people counted in the sentence just read; after a list of
        counts one per line, those of every line ("- 30 Thais / - 12 Lao citizens / These people were
        ..."): words that refer back to the people take the whole list, not its last line."""
        return self._told

    @_told_people.setter
    def _told_people(self, counted: list[tuple[str, int]]) -> None:
        sent = self._reading
        item = sent is not None and len(sent) <= _LINE_SPAN and self._list_item(sent)  # (short lines only)
        if item and self._item_end is not None and not "".join(self.words[self._item_end:sent.start]).strip():
            counted = self._told + counted  # (the line right after the list's line before)
        self._told = counted
        self._remember_told(counted)  # type: ignore[attr-defined]
        self._item_end = sent.end if item and sent is not None else None

    @cached_property
    def _matches(self) -> PeopleMatches:
        return people_matches(self.doc, self.ents, self.sentences)

    def _apposed(self, count: _Count) -> None:
        """"45 people, all Chinese", "73 of them South Koreans", "Chinese (45)": the nationality told
        beside the number, after its noun or before it in a table."""
        kind, code, end = self._matches.apposed.get(count.end, ("", "", 0))
        if kind == "ALL_OF" and not count.nationality and count.end > count.start + 1:
            count.nationality, count.end = code, end
        kind, code, end = self._matches.apposed.get(count.start, ("", "", 0))
        if kind in {"IN_BRACKETS", "IN_DASHES"} and table_of_things(count.start, self.lower, self.doc):
            count.thing, count.end = "objects", end  # "Phones were seized from China (402), ...": things by country
        elif kind == "PART_OF" or kind == "IN_BRACKETS" and count.end <= end - 1 or kind == "IN_DASHES" and count.end == end:
            count.nationality, count.end = code, end  # "73 of them South Koreans", "Chinese (45)", "Peru (45 people)"
        elif kind == "BY_SEX" and not count.nationality:
            count.nationality = code  # "Vietnam (511 men and 61 women)": the men, and with them the women (``sex_pairs``)
        elif kind == "RANKED" and not count.nationality and self._matches.parts_next.intersection({self.doc[count.start].sent.start}):
            count.nationality = code  # "followed by Ugandans, 96": a people's number in a sentence that ranks them

    def _told_again(self, sent: Span, events: list[_Event], ev: Evidence) -> None:
        """"Police arrested 45 Chinese. They were later deported.": the people counted in the
        sentence before, with their counts, get the edge of the second act ("These ..." reads as generic
        to the event rules, so the act makes its event here)."""
        self._reading = sent
        verb = self._matches.told_again.get(sent.start)
        if verb is None or not self._told_as_done(verb, sent):
            return
        people = self._told_people or self._described_before(_COUNT_VERBS[act_word(self.lower, verb, sent.end)][0])  # type: ignore[attr-defined]
        if self.lower[sent.start] == "the":
            people = self._the_people_named(sent, verb)
        elif (subject := self._matches.reported.get(sent.start)) is not None:
            people = self._the_people_named(self.doc[subject:sent.end], verb)  # "He said the suspects were charged"
        elif named := self._demonyms_before(sent, verb):
            codes = {node.key: code for code, node in self.nationality_nodes.items()}
            people = [(key, value) for key, value in people if codes.get(key) in named]  # "These Thai nationals": those
        second = second_after(self.lower, self.words, verb, sent.end)  # "They were freed and flown home"
        total = self._whole_of_all(sent, people)
        for at in [verb] if second is None or not self._told_as_done(second, sent) else [verb, second]:
            self._told_act(at, people, events, ev, total)
        if people and sent.start > 0:  # "... three Zorvanians: A, B and C. | The suspects face charges": each by name
            before = self.doc[sent.start - 1].sent.start
            rel, _key, kind = self._where_moved(_COUNT_VERBS[act_word(self.lower, verb, sent.end)], verb, sent)
            by_name = named_before(self.people, self.edges, before, sent.start, sum(value for _nat, value in people))
            if rel is not None and by_name:
                event = self._host(kind, events, None)  # type: ignore[attr-defined]
                for person in by_name:
                    self._edge(rel, event.node.key, person.key, ev)

    def _still_about_them(self, sent: Span, counted: list[tuple[str, int]]) -> bool:
        """A sentence that counts no one and tells no act, whose subject refers back to the people
        told before ("Police arrested six Zorvanians. The suspects were named only as Ivo and Dan. They
        were charged with fraud"): the people told are still those, for a pronoun after it."""
        if counted or not self._told_people:
            return False
        k = sent.start + (self.lower[sent.start] in {"the", "these", "those"})
        if not (self.lower[k] == "they" and k == sent.start or k > sent.start and self.lower[k] in _SUSPECT_NOUNS | _REFERRING_NOUNS):
            return False
        return not any(word in EVENT_TRIGGERS or word in _COUNT_VERBS for word in self.lower[sent.start:sent.end])

    def _the_people_named(self, sent: Span, verb: int) -> list[tuple[str, int]]:
        """(nationality key, number) of the people a definite subject names again: "The Laotian
        workers" those of its demonym the story counted, "The workers" those of the one nationality
        it counted (none where it counted several: "40 Chinese ... 12 Thais ... The suspects were
        detained" may be told of either). Suspects are never the victims counted before, nor
        victims the suspects ("rescued 12 Chileans ... The suspects were arrested": others)."""
        told = self._counted_before
        named = self._demonyms_before(sent, verb)
        chosen = {code: kv for code, kv in told.items() if code in named} if named else told if len(told) == 1 else {}
        if not named and chosen and self.lower[sent.start] != "all" \
                and self._part_of_a_larger_whole(sum(v for _k, v in chosen.values())):
            return []  # "arrested 60 people, including three Chinese ... The suspects were held": all 60, not the three
            # ("He said all suspects were charged": every part of the whole, the three Chinese too)
        if named and not chosen:  # (people counted with no act before: "31 Malaysians ended up in prison")
            chosen = {code: ("people", value) for code, value in self._described_people.items() if code in named}
        if self._other_side(self.lower[sent.start:verb], list(chosen)) or suspects_counted_apart(
                self.lower, self.words, self.like_num, sent.start, verb, [v for _k, v in chosen.values()]):
            return []  # (nor suspects counted just before: "named seven Zorvanians as suspects. The suspects ...")
        return [(self.nationality_nodes[code].key, value) for code, (_key, value) in chosen.items()
                if code in self.nationality_nodes]

    def _demonyms_before(self, sent: Span, verb: int) -> set[str]:
        """The nationality codes of the demonyms the subject before ``verb`` names ("These Thai nationals")."""
        return {self.doc[k].ent_id_ for k in range(sent.start, verb) if self.doc[k].ent_type_ == "NORP"}

    def _where_moved(self, told: tuple[RelType | None, str, str], at: int, sent: Span) -> tuple[RelType | None, str, str]:
        """A sending told at ``at`` as what the place people were moved to makes of it ("transferred
        to the police station": held); no act where that place says none."""
        if told[0] not in {RelType.DEPORTED, RelType.REPATRIATED}:
            return told
        return self._moved_to(_Count(0, at, at + 1), sent, told) or (None, "", "")  # type: ignore[attr-defined]

    def _other_side(self, words: list[str], codes: list[str]) -> bool:
        """The words name suspects where the people of ``codes`` were counted as victims, or victims
        where they were counted as suspects: other people than those."""
        nouns = set(words)
        acts = {_KEY_ACTS.get(self._counted_before[code][0]) for code in codes if code in self._counted_before}
        return bool(nouns & _SUSPECT_NOUNS and acts & _VICTIMS_ONLY or nouns & _VICTIM_NOUNS and acts & _SUSPECTS_ONLY)

    def _whole_of_all(self, sent: Span, people: list[tuple[str, int]]) -> int:
        """"Police held 57 people, five of them Zorvanians. He said all suspects were charged": the
        number of the whole that a reported "all" subject names, larger than its parts told (0 where
        the subject is not "all" or names no larger whole)."""
        subject = self._matches.reported.get(sent.start)
        link = self.counted_link  # type: ignore[attr-defined]
        if subject is None or self.lower[subject] != "all" or not people or link is None:
            return 0
        whole = link[2].counts.get(link[1], 0)
        return whole if whole > sum(value for _nat, value in people) else 0

    def _told_act(self, verb: int, people: list[tuple[str, int]], events: list[_Event], ev: Evidence,
                  total: int = 0) -> None:
        """The edges of the act at ``verb`` for the people told before, with their counts (where they
        were moved to says what it was: "The suspects were transferred to the police station": held);
        ``total`` is the number of all of them where they are the parts told of a larger whole."""
        told_verb = _COUNT_VERBS[act_word(self.lower, verb, len(self.lower))]  # ("They face charges": charged)
        rel, key, kind = self._where_moved(told_verb, verb, self._reading) if self._reading is not None else told_verb
        if rel is None or not people:
            return
        event = self._host(kind, events, None)
        told = [(nat, value) for nat, value in people if (event.node.key, rel, nat) not in self.edges]
        for nat, value in told:
            self._edge(rel, event.node.key, nat, ev, count=value)
        if told:  # "... deported 164 Chinese. These individuals were arrested across Laos": the arrest's number
            each: dict[str, int] = {}  # ("300 Filipinos were freed and 120 of them flown home. They ...": 300)
            whole = people[:self._told_whole_size] if self._told_whole_and_part and people is self._told_people else people
            for nat, value in whole:  # (not "143 Chinese ... The suspects, including 22 from X,": 143, the part inside)
                each[nat] = max(value, each.get(nat, 0))
            event.counts[key] = max(sum(each.values()), total, event.counts.get(key, 0))

    def _uncounted(self, sent: Span, events: list[_Event], ev: Evidence) -> None:
        """"Police deported the Chinese suspects": the verb's edge, with no count, on an event the
        sentence tells (a demonym alone never makes an event)."""
        for start, end, code, verb in self._matches.uncounted:
            if not sent.start <= start < sent.end or not events or not self._told_as_done(verb, sent):
                continue
            rel, key, kind = _COUNT_VERBS[self.lower[verb]]
            nat = self._nationality(code)
            if rel is None or nat is None:
                continue
            if self.lower[verb] in {"handed", "hands"}:  # handover or deportation: the sending this sentence told
                sending = next((e for e in events if e.type in _HANDED_KINDS), None)
                if sending is None:
                    continue
                rel, key, kind = _HANDED_KINDS[sending.type]
            if rel is None:
                continue
            event = self._host(kind, events, None)
            if any(k[0] == event.node.key and k[2] == nat.key for k in self.edges):
                continue
            told = self._counted_before.get(code) if self._definite(start, verb) else None
            if set(self.lower[start:end]) & _ONE_PERSON:  # "deported Chinese national Bai Suocheng": one person
                told = (key, 1)
            if end + 1 < sent.end and self.lower[end] in _TOTALLING and self.like_num[end + 1] \
                    and (value := number_value(self.words[end + 1])):
                told = (key, value)  # "deported Vietnamese nationals totaling 120": their number after them
            if told:  # "freed the Nepalis": the people of that nationality counted before
                event.counts[key] = max(told[1], event.counts.get(key, 0))
                self._edge(rel, event.node.key, nat.key, ev, count=told[1])
            else:
                self._edge(rel, event.node.key, nat.key, ev)

    def _pointed_back(self, sent: Span, events: list[_Event], ev: Evidence) -> None:
        """"29 Japanese were arrested in Tokyo. ... In May, Cambodian authorities had arrested the
        suspects": an act whose object is "them" or "the suspects", while the story has counted the
        people of one nationality only, is told of those people: its event (told in the sentence,
        of the verb's kind) gets their nationality and number. "... had repatriated the victims" points
        back to the one people the sentence before counted with no act ("Among them were 120 Nepalis"),
        where the story has counted none taken by an act."""
        people = self._people_pointed_back()
        words = self.lower[sent.start:sent.end]
        if not people and not self._counted_before and _victims_taken(words) and len(self._described[1]) == 1:  # type: ignore[attr-defined]
            people = list(self._described[1])  # type: ignore[attr-defined]  # (the one people counted just before, with no act)
        if not people or not events:
            return
        if "them" not in words and _BACK_NOUNS.isdisjoint(words) and _EVENT_PEOPLE.keys().isdisjoint(words) \
                and words[0] != "they" and words[:2] != ["the", "victims"] and not _victims_taken(words):
            return  # (the anchor words: most sentences have none; "They had been held since June": a passive subject)
        code = people[0][0] if len(people) == 1 else ""  # (a nationality a passive subject may name again)
        lower = self.lower
        for j in range(sent.start, sent.end - 2):
            told = _COUNT_VERBS.get(lower[j])
            if told is None or told[0] not in _STATE_ACTS | _LATER_ACTS \
                    or not (lower[j + 1] == "them" or lower[j + 1] == "the" and lower[j + 2] in _BACK_NOUNS
                            or lower[j + 1] == "the" and lower[j + 2] == "victims" and told[0] not in _SUSPECTS_ONLY
                            or self._passive_back(sent, j, code)) \
                    or not self._told_as_done(j, sent):
                continue
            aside = range(0) if lower[sent.start] == "they" else sex_aside(lower, self.like_num, sent.start + 2, j)
            if any(self.like_num[k] and k not in aside and any(w in _PEOPLE_WORDS or w in gz.people_nouns() for w in lower[k + 1:k + 3])
                   for k in range(sent.start, j)):
                continue  # "detained 15 suspects after arresting them": "them" are the people of this sentence
            if self._other_side(lower[sent.start:j + 3], [c for c, _value in people]) or suspects_counted_apart(
                    lower, self.words, self.like_num, sent.start, j + 3, [v for _c, v in people]):
                continue  # "rescued 12 Chileans. The suspects were arrested": others ("named seven as suspects": those)
            rel, key, kind = told
            event = next((e for e in events if e.type == kind), None) or next(
                (e for e in events if e.type == "raid" and kind in {"arrest", "detention"}), None)  # "arrested ... during raids"
            if rel is None or event is None:
                continue
            for nat_code, value in people:
                nat = self._nationality(nat_code)
                if nat is None or any(k[0] == event.node.key and k[2] == nat.key for k in self.edges):
                    continue
                event.counts[key] = max(value, event.counts.get(key, 0))
                self._edge(rel, event.node.key, nat.key, ev, count=value)

    def _them_here(self, sent: Span, events: list[_Event], counted: list[tuple[str, int]], ev: Evidence) -> None:
        """"Police arrested three Chinese nationals and deported them to China": "them" after a second
        verb joined by "and" are the people this sentence counted (nationality key, number), who get
        that act's edge on its event (where they were moved to says what the act was)."""
        lower = self.lower
        for j in range(sent.start + 1, sent.end - 1):
            if lower[j + 1] != "them" or lower[j] not in _COUNT_VERBS or not counted:
                continue
            k = j - 1
            while k > sent.start and lower[k] in _BETWEEN_AND_VERB:
                k -= 1
            told = _COUNT_VERBS[lower[j]]
            if lower[k] != "and" or told[0] not in _STATE_ACTS | _LATER_ACTS | {RelType.EXTRADITED} \
                    or not self._told_as_done(j, sent):
                continue
            rel, key, kind = self._where_moved(told, j, sent)
            event = next((e for e in events if e.type == kind), None)
            if rel is None or event is None:
                continue
            for nat, value in counted:
                if (event.node.key, rel, nat) not in self.edges:
                    event.counts[key] = max(value, event.counts.get(key, 0))
                    self._edge(rel, event.node.key, nat, ev, count=value)

    def _part_of_a_larger_whole(self, value: int) -> bool:
        """The people of one nationality counted before (``value`` of them) were a part of a larger
        whole the last act counted ("arrested 60 people, including three Chinese"): "the suspects"
        and "them" after it are the whole."""
        link = self.counted_link  # type: ignore[attr-defined]
        return link is not None and link[2].counts.get(link[1], 0) > value

    def _people_pointed_back(self) -> list[tuple[str, int]]:
        """(nationality code, number) of the people "them" or "the suspects" point back to: those of
        the one nationality the story has counted; where it counted several, those the sentence
        before counted, if it counted a whole and its parts ("Indonesia returned 143 Chinese ... The
        suspects, including 22 from Taiwan, ...": both)."""
        if len(self._counted_before) == 1:
            (code, (_key, value)), = self._counted_before.items()
            return [] if self._part_of_a_larger_whole(value) else [(code, value)]
        told = {node.key: code for code, node in self.nationality_nodes.items()}
        people = [(told[key], value) for key, value in self._told if key in told]
        return people if len(people) >= 2 and self._told_whole_and_part else []

    def _definite(self, start: int, verb: int) -> bool:
        """"freed the Nepalis", "The Chinese nationals were arrested", "rescued these Nepalis": the
        definite article or the demonstrative points back to the people of that nationality told (and
        counted) before."""
        if verb == start:  # (the verb opens an object's match, ends a subject's; "rescued these Nepalis")
            return self.lower[verb + 1:verb + 2] in (["the"], ["these"], ["those"])
        return start > 0 and self.lower[start - 1] in {"the", "these", "those"}


def _victims_taken(words: list[str]) -> bool:
    """An act of the state done to "the victims" as its object ("flew the victims home"): people the
    story told before, pointed back to (not "once the victims arrived, they were held": a subject)."""
    return any(words[k] in _COUNT_VERBS and words[k + 1:k + 3] == ["the", "victims"] for k in range(len(words) - 2))

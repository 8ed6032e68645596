"""Counted people as the words around the number describe them: the verb that is theirs past a
description of their harm, a partition or a clause after "that"; their nationality in a breakdown
("were from mainland China") or as a lone list item ("and a Malaysian"); and the exact number of
them where a rounded one was told too."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.governing import _EVENT_PEOPLE
from scamgraph.loaders.news.homeward import back_to_captors
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.told_again import PeopleToldAgain
from scamgraph.model import Evidence, RelType
from scamgraph.resolve import country_code

_Verb = tuple[RelType | None, str, str]

#: Auxiliaries after which a passive main verb is told: "have been | rescued", "were | repatriated".
_AUXILIARIES = frozenset({"were", "was", "been", "are", "is"})
#: Acts a main verb may tell of described people (a captor's "held" is no state's act here).
_STATE_ACTS = frozenset({RelType.RESCUED, RelType.REPATRIATED, RelType.DEPORTED, RelType.ARRESTED,
                         RelType.EXTRADITED, RelType.CHARGED})
#: Two-word verbs whose first word says nothing alone: "brought home", "set free".
_PHRASAL = {("brought", "home"): "repatriated", ("brought", "back"): "repatriated", ("flown", "home"): "repatriated",
            ("sent", "home"): "repatriated", ("set", "free"): "rescued"}
#: How far past the people the main verb may be told (a relative clause with a place in it).
_REACH = 32
#: Words after "and" that open a clause of a new subject: "were trafficked and the gang was arrested"
_NEW_SUBJECTS = frozenset({"the", "a", "an", "his", "her", "its", "their", "police", "authorities", "officers"})
#: Words before a number that round it: "nearly 1,800", "more than 300", "an estimated 20".
_ROUNDING = frozenset({"nearly", "almost", "about", "around", "some", "approximately", "roughly", "over",
                       "estimated", "than", "least", "to"})
#: Openings that make the number after them the whole of a partition: "Of the 25 ..., 19 were ...".
_PARTITIVE_LEADS = (["of", "the"], ["out", "of", "the"], ["among", "the"])
#: Parts told without a number: "Of the 64 deported, most were arrested".
_SOME = frozenset({"most", "some", "many", "several", "half", "majority", "few", "others", "rest", "remainder"})
#: Words that make being held a state that goes on rather than an act: "still held", "remain detained".
_STILL = frozenset({"still", "remain", "remains", "remained", "remaining"})
#: Words before "a <demonym>" that make it an item of a list of people: "..., and a Malaysian".
_LIST_LEADS = frozenset({"and", ",", "including", "them"})
#: Words that may end such an item.
_ITEM_ENDS = frozenset({",", ".", "and", ";", "—", "–", "-", ")", "inside", "were", "was", "from", "have", "has", "had",
                        "are", "will"})  # ("... two Indonesians and a Filipina have been charged")
#: Nouns of money the people counted after "from" may have lost: "money from 300 victims"
_MONEY_NOUNS = frozenset({"money", "funds", "savings", "cash", "proceeds", "deposits", "crypto", "assets", "payments",
                          "stolen", "taken", "swindled", "laundered"})
#: How far a rounded number may be from the exact one told for the same people.
_ROUNDING_SPAN = 0.2


def rounded_number(lower: list[str], start: int) -> bool:
    """The number at ``start`` is told rounded: "nearly 150", "some 60", "more than 300", "at least
    40", "up to 20" (not "than" or "to" alone: "fewer than", "from 10 to 20")."""
    lead = lower[max(0, start - 2):start]
    return bool(lead) and lead[-1] in _ROUNDING and (lead[-1] not in {"than", "least", "to"} or len(lead) == 2
                                                     and lead[0] in {"more", "at", "up", "close"})


def floor_number(lower: list[str], start: int) -> bool:
    """The number at ``start`` is the least the people were: "more than 1,000", "over 300", "at
    least 40" (an exact number below it later is a part of them, not their number)."""
    lead = lower[max(0, start - 2):start]
    return lead[-1:] == ["over"] or lead in (["more", "than"], ["at", "least"])


class DescribedPeople(PeopleToldAgain):
    """Counted people read with what the words around their number describe."""

    def _own_verb(self, count: _Count, sent: Span, verb: _Verb | None) -> _Verb | None:
        """The verb ``verb`` found for the count, checked against what the sentence tells of the
        people: a clause after "that" (``_in_that_clause``), a partition ("Of the 25 ..., 19 were
        ...") and a harm that describes them (``_past_their_harm``)."""
        if verb is not None and verb[0] is not None and self._money_from(count, sent):
            return None  # "the wallets held money from more than 300 victims": whose money, no act on them
        if self._in_that_clause(count, sent):
            # ("found that 11 out of 19 Thai defendants | were jailed": the verb after the whole is the part's)
            return self._own_main_verb(self._past_the_whole(count, sent), sent)
        if verb is not None and count.noun_role != "of" and self._part_and_whole(count, sent) == verb:
            return verb  # "Ten of the 111 Chinese arrested were deported": the 111 were arrested; the ten, deported
        if verb is not None and self.lower[sent.start:count.start] in _PARTITIVE_LEADS:
            return self._whole_verb(count, sent, verb)
        if verb is not None and verb[0] is RelType.DETAINED and self._still_held(count, sent):
            return None
        return self._past_their_harm(count, sent, verb)

    def _money_from(self, count: _Count, sent: Span) -> bool:
        """The people counted are where money came from: "money from more than 300 victims",
        "funds stolen from 40 Canadians"."""
        k = count.start - 1
        while k > sent.start and (self.lower[k] in _ROUNDING or self.lower[k] in {"more", "at", "an"}):
            k -= 1
        if k <= sent.start or self.lower[k] != "from":
            return False
        return not _MONEY_NOUNS.isdisjoint(self.lower[max(sent.start, k - 3):k])

    def _still_held(self, count: _Count, sent: Span) -> bool:
        """"an estimated 20 nationals still held in the country", "four others remain detained":
        being held told as a state that goes on ("still", "remain") is no act of detaining."""
        after = self.lower[count.end:min(sent.end, count.end + 4)]
        if after[:1] and after[0] in {"are", "were", "is", "was"}:
            after = after[1:]  # "20 nationals are still held"
        return after[:1] != [] and after[0] in _STILL and not {"held", "detained", "custody", "detention"}.isdisjoint(after)

    def _past_their_harm(self, count: _Count, sent: Span, verb: _Verb | None) -> _Verb | None:
        """"Five nationals allegedly forced to work for scammers have been brought home", "two
        workers, suspected of being trafficked, were repatriated", "14 nationals who had been lured
        abroad, where they were forced to work, have been rescued": the harm describes the people;
        the sentence's own verb, told after it with an auxiliary, is what was done to them. An
        active harm before the number ("trafficked 88 nationals") stays theirs."""
        if verb is None:
            return self._act_noun_before(count, sent)  # "the repatriation of seven nationals who were forced ..."
        if verb[1] != "victims" or not _HARM.isdisjoint(self.lower[max(sent.start, count.start - 3):count.start]):
            return verb
        if self.lower[count.end - 1] in {"victims", "victim"} and self.lower[count.start - 1] == "from":
            return verb  # "swindled 5.2 billion won from 612 Korean victims and were nabbed": the subject was nabbed
        return self._act_noun_before(count, sent) or self._own_main_verb(count.end, sent) \
            or self._joined_act(count.end, sent) or verb

    def _joined_act(self, start: int, sent: Span) -> _Verb | None:
        """"18 Laotians were trafficked to X in March and (were) rescued on Monday": the state's act joined
        by "and" to the harm that describes the people, in the same clause (no number, semicolon or new
        subject between), is what was done to them. The people must be the clause's subject, an auxiliary
        right after them (not "accessed the data of 200 victims and transferred ...": the doers' verbs)."""
        lower = self.lower
        if lower[start:start + 1] not in (["were"], ["was"], ["are"], ["is"]) \
                and lower[start:start + 2] not in (["had", "been"], ["have", "been"], ["has", "been"]):
            return None
        for j in range(start, min(sent.end - 1, start + _REACH)):
            if self.like_num[j] or lower[j] in {";", "who", "which", "whom", "while", "whereas", "but"}:
                return None  # ("... and 12 were arrested", "; the traffickers were arrested": others' verb)
            if lower[j] != "and":
                continue
            m = self._past_adverbs(j + 1, sent)
            while m < sent.end and lower[m] in _AUXILIARIES:
                m = self._past_adverbs(m + 1, sent)
            act = _COUNT_VERBS.get(lower[m]) if m < sent.end else None
            if act is not None and act[0] in _STATE_ACTS and lower[m].endswith("ed") and self._told_as_done(m, sent):
                return act
        return None

    def _act_noun_before(self, count: _Count, sent: Span) -> _Verb | None:
        """"the repatriation of three Malawians who were lured into scams", "the rescue of 14 nationals
        trafficked to Cambodia": the act noun the people are the object of is what was done to them;
        the harm after them only describes them."""
        j = count.start - 1
        while j > sent.start and self.lower[j] in _ROUNDING | {"the", "more", "at"}:
            j -= 1  # "the return of more than 30"
        act = _COUNT_VERBS.get(self.lower[j - 1]) if j > sent.start and self.lower[j] == "of" else None
        if act is None or act[0] not in _STATE_ACTS or not self._told_as_done(j - 1, sent):
            return None
        return act

    def _whole_verb(self, count: _Count, sent: Span, verb: _Verb) -> _Verb | None:
        """"Of the 25 nationals who were deported on Friday, 19 (most) were arrested": the whole of a
        partition opening the sentence keeps only a verb told before the part's number; the verb
        after that number is the part's."""
        part = next((m for m in range(count.end, sent.end) if self.like_num[m] or self.lower[m] in _SOME), None)
        if part is None:
            return verb
        at = next((j for j in range(count.end, sent.end) if _COUNT_VERBS.get(self.lower[j]) == verb), sent.end)
        if at < part:
            return verb
        return next((_COUNT_VERBS[self.lower[j]] for j in range(count.end, part) if self.lower[j] in _COUNT_VERBS
                     and _COUNT_VERBS[self.lower[j]][0] is not None and self._told_as_done(j, sent)), None)

    def _partitioned(self, count: _Count, sent: Span, start: int, end: int) -> bool:
        """"Of the 64 deported on Saturday, most were arrested": the count opens a partition and a
        part without a number ("most", "some") is told between ``start`` and ``end``."""
        return self.lower[sent.start:count.start] in _PARTITIVE_LEADS and not _SOME.isdisjoint(self.lower[start:end])

    def _in_that_clause(self, count: _Count, sent: Span) -> bool:
        """"it was found that more than 30 workers were trapped": the number opens a clause of its
        own after "that"; the verb before "that" tells a finding, not an act on the people."""
        k = count.start - 1
        while k > sent.start and self.lower[k] in _ROUNDING | {"more", "at", "up", "close"}:
            k -= 1
        return k > sent.start and self.lower[k] == "that" and self.lower[k - 1] in _COUNT_VERBS

    def _own_main_verb(self, start: int, sent: Span) -> _Verb | None:
        """The first state's act told after an auxiliary from ``start`` on, before the next counted
        people or a semicolon (None where there is none)."""
        lower, end = self.lower, min(sent.end - 1, start + _REACH)
        for j in range(start, end):
            if self.like_num[j] or lower[j] == ";" or lower[j] == "and" and lower[j + 1] in _NEW_SUBJECTS:
                return None  # "..., and 177 of them were repatriated", "and the gang was arrested": other people's verb
            if lower[j] not in _AUXILIARIES:
                continue
            m = self._past_adverbs(j + 1, sent)
            if m + 1 < sent.end and (lower[m], lower[m + 1]) in _PHRASAL:  # ("brought back to the compound": not home)
                return None if back_to_captors(lower, self.doc, m + 1, sent.end) else _COUNT_VERBS[_PHRASAL[(lower[m], lower[m + 1])]]
            act = _COUNT_VERBS.get(lower[m]) if m < sent.end else None
            if act is not None and act[0] in _STATE_ACTS and self._told_as_done(m, sent):
                return act
        return None

    def _one_listed(self, k: int, sent: Span, norp: dict[int, Span]) -> _Count | None:
        """"three Thai nationals, five Kenyans, and a Filipino", "24 nationals, among them a
        Ugandan and a Burundian": one person named by a demonym alone, as an item of a list of
        people counted just before (the list's verb is read as for its other items)."""
        ent = norp[k + 1]
        end = ent.end + (ent.end < sent.end and self.lower[ent.end] in {"national", "citizen"})  # ("a Peru national")
        if ent.label_ != "NORP" and end == ent.end or self.lower[k - 1] not in _LIST_LEADS:
            return None
        if end < sent.end and self.lower[end] not in _ITEM_ENDS:
            return None  # "a Malaysian company": no person
        if not any(self.like_num[max(sent.start, k - 12):k]):
            return None  # no counted people before: not a list of them
        return _Count(1, k, end, nationality=ent.id_)

    @cached_property
    def _rounded_counts(self) -> set[tuple[str, RelType, str]]:
        """The edges whose count so far is a rounded number (one document's reader)."""
        return set()

    def _people_edge(self, rel: RelType, source: str, target: str, ev: Evidence, value: int, start: int) -> None:
        """The count of people of one nationality in one event: "Nearly 1,800 Chinese were held ...
        1,792 were from mainland China": the exact number told for the same people wins over a
        rounded one near it, whichever is told first (else the larger count stays)."""
        key = (source, rel, target)
        held = self.edges.get(key)
        told = held.properties.get("count") if held is not None else None
        rounded = rounded_number(self.lower, start)
        self._edge(rel, source, target, ev, count=value)
        if not isinstance(told, int) or told == value or abs(told - value) > _ROUNDING_SPAN * max(told, value):
            if told is None and rounded:
                self._rounded_counts.add(key)
            return
        was_rounded = key in self._rounded_counts
        if rounded and not was_rounded:
            self.edges[key].properties["count"] = told  # the exact number told before stays
        elif was_rounded and not rounded:
            self.edges[key].properties["count"] = value
            self._rounded_counts.discard(key)

    def _breakdown(self, count: _Count, norp: dict[int, Span], limit: int) -> None:
        """"22 foreign nationals were Chinese", "six were from Myanmar", "1,792 were from mainland
        China", "five came from Nepal": the nationality is told after "were" (or "came from"), ending
        the part or followed by a clause on it."""
        j = count.end
        came = self.lower[j:j + 2] == ["came", "from"] and all(self.like_num[k] for k in range(count.start, j))
        if j + 1 >= limit or self.lower[j] not in {"were", "are", "is", "was"} and not came:
            return  # (and a bare "five came from Nepal": not "Five workers came from Nepal and were rescued")
        j += 1 + (self.lower[j + 1] == "from")
        if j >= limit:
            return  # ("18 were from", and the text stops)
        j += j not in norp and self.lower[j] == "the"  # "were from the Chinese mainland"
        code, after = self._country_at(j, norp, limit)
        if code:
            if after < limit and self.lower[after] in {"nationals", "citizens"}:
                after += 1
            if after + 1 < limit and self.lower[after] in {",", "and", "or"} and after + 1 in norp:
                return  # "212 foreigners are Chinese, Indonesians and Thais": a mix, no one people's count
            if after >= limit or self.lower[after] in {",", ".", ";", "and", "while", "whereas", "who"}:
                # ("40 were Laotians who were handed to their embassy": the clause tells more of the part,
                # which is still one of the people counted before)
                count.nationality, count.noun_role, count.end = code, "breakdown", after

    def _partitive_act(self, count: _Count) -> _Verb | None:
        """"40 of the deportees were Thai nationals": a breakdown of the people of an act, named by
        a noun for them ("deportees", "returnees"), counts them on that act."""
        noun = self.lower[count.start + 1:count.start + 5]
        if len(noun) >= 3 and noun[:2] == ["of", "those"] and noun[2].endswith("ed") \
                and (verb := _COUNT_VERBS.get(noun[2])) is not None and verb[0] is not None:
            count.past = True  # "Chinese nationals made up 19 of those arrested": the arrest's people
            return verb
        if len(noun) < 3 or noun[:2] != ["of", "the"]:
            return None
        if noun[2] in _PARTICIPLE_PEOPLE and len(noun) == 4 and (verb := _COUNT_VERBS.get(noun[3])) is not None \
                and verb[0] is not None and noun[3].endswith("ed"):
            count.past = True  # "212 of the suspects arrested inside the tower were Filipinos": the arrest's people
            return verb
        if noun[2] not in _EVENT_PEOPLE:
            return None
        count.past = True  # the people of an act told before: a day told here ("a May 8 statement") is not its
        return _COUNT_VERBS[_EVENT_PEOPLE[noun[2]]]

    def _country_at(self, j: int, norp: dict[int, Span], limit: int) -> tuple[str, int]:
        """The nationality named at ``j`` and where its name ends: a demonym or a country, or
        "mainland" before a country's name (China's mainland, which the name finder leaves
        unread when "mainland" is not capitalised); ("", j) where none is."""
        if j in norp and norp[j].label_ in {"NORP", "COUNTRY"}:
            end = norp[j].end
            return norp[j].id_, end + (end < limit and self.lower[end] == "mainland")  # "the Chinese mainland"
        if j + 1 < limit and self.lower[j] == "mainland" and self.words[j + 1].istitle():
            return country_code(f"mainland {self.words[j + 1]}") or "", j + 2
        return "", j


#: Nouns of people that a participle after them says what was done to ("of the suspects arrested")
_PARTICIPLE_PEOPLE = frozenset({"suspects", "people", "persons", "individuals", "workers", "foreigners", "nationals",
                                "victims", "migrants"})
#: The verbs of harm done to people (counted as victims).
_HARM = frozenset(word for word, (_, key, _kind) in _COUNT_VERBS.items() if key == "victims")

"""Whether an act word tells another act than the one of its kind told before, even on no day of
its own: "a similar crackdown", "In a separate case,", "Elsewhere,", "had already been rescued", an
act inside an opening "after" phrase, one in another town or country, or a sending home by another
state. Apart from ``dating.py``, which finds the event a word names once these have said whether it
may be the one told before."""

from __future__ import annotations

from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.own_citizens import _code_of
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.sending_edges import SENT_AS
from scamgraph.loaders.news.told_ago import told_over_recent_months
from scamgraph.model import RelType

#: Prepositions that make a country named before an act the place of it, not its doer ("in Malawi")
_PLACE_LEADS = frozenset({"in", "from", "to", "at", "into", "across", "within", "inside", "near", "of", "by"})
#: Words that open a clause of its own, whose bodies are no subject of the sentence's act
_RELATIVES = frozenset({"who", "whom", "which", "that", "whose"})

#: "a similar crackdown", "an earlier raid": another event of the kind, never the one told before
_ANOTHER = {"similar", "another", "earlier", "previous", "previously", "separate", "prior", "also"}
#: "Previously, in October 2025, ... repatriated 64": a sentence told as an earlier, other happening
_EARLIER_OPENINGS = {"previously", "earlier", "separately", "additionally",
                     "elsewhere",  # ("Elsewhere, police in X arrested 396": another happening, in another place)
                     "meanwhile"}  # ("Meanwhile, Indonesia said 84 of its citizens were repatriated": another)
#: Nouns of an operation another one is told as: "a similar crackdown", "a separate raid"
_OPERATIONS = frozenset({"crackdown", "crackdowns", "raid", "raids", "operation", "operations", "sweep", "sweeps"})
#: Words that open a clause telling what happened in it: "... in which 400 were arrested"
_CLAUSE_OPENERS = frozenset({"which", "when", "where"})
#: Words of an escape, which a raid told after "after" came before: "fled a compound after an army raid"
_FLEEING = frozenset({"fled", "escaped", "fleeing", "escaping", "flee", "escape", "flees", "escapes"})
#: Of them, the words that set the act apart from the one told before even with no day of its own
_APART = frozenset({"another", "earlier", "previous", "previously", "separate", "prior"})


#: Words of a case told apart from the one before: "In a separate case, ...", "In an unrelated incident, ..."
_OTHER_CASE = frozenset({"separate", "unrelated", "different"})


def _in_another_case(lower: list[str], start: int, i: int) -> bool:
    """The sentence opens with "In a separate case," (or an unrelated incident) before the act word
    at ``i``: the act is another than the one told before, whatever its kind."""
    if lower[start:start + 1] != ["in"]:
        return False
    comma = next((k for k in range(start + 1, min(i, start + 6)) if lower[k] == ","), None)
    return comma is not None and not _OTHER_CASE.isdisjoint(lower[start + 1:comma])


class ActsApart(_State):
    """Whether an act word tells an act other than the one of its kind told before."""

    def _elsewhere(self, event: _Event) -> bool:
        """The sentence names a town the undated event was not told at: "raided a casino in Bavet ...
        Last year police raided a hotel in Poipet" is another raid, not the first one's year."""
        if self.sentence is None:
            return False
        held = {k[2] for k in self.edges if k[0] == event.node.key and k[1] is RelType.OCCURRED_AT}
        held |= {k[2] for k in self.edges if k[0] in held and k[1] is RelType.LOCATED_IN}
        sent = self.sentence
        here = {self.span_node[(e.start, e.end)].key for e in self.ents
                if sent.start <= e.start and e.end <= sent.end and e.label_ == "PLACE" and (e.start, e.end) in self.span_node}
        return bool(held) and bool(here - held)

    def _sent_by_another_state(self, event: _Event) -> bool:
        """"Zambia's government has repatriated 54 of its nationals ... In August, Malawi said it had
        repatriated 61": a state named before the sentence's first event word (not as a place, "in
        Malawi", nor an agent, "by Malawi", nor inside a relative clause), none of whose bodies did the
        undated sending home told before, sends people of its own: another sending, which must not
        give the first one its day nor take its people."""
        sent = self.sentence
        if sent is None or event.type not in SENT_AS:
            return False
        first = min((t for t in self.trigger_at if sent.start <= t < sent.end), default=sent.end)
        clause = next((k for k in range(sent.start, first) if self.lower[k] in _RELATIVES), first)
        states = {code for e in self.ents if sent.start <= e.start and e.end <= clause and e.label_ in {"COUNTRY", "AGENCY"}
                  and not (e.start > sent.start and self.lower[e.start - 1] in _PLACE_LEADS)
                  and (code := _code_of(e))}
        if not states:
            return False
        doers = self._conductors_states(event)  # (the doers only: a state sends home others' people as well as its own)
        return bool(doers) and states.isdisjoint(doers)

    def _abroad_of(self, event: _Event, at: int) -> bool:
        """The sentence names places of one country only, and the event was told at places of another
        ("raids at several homes in Johor Bahru ... In addition, the Lao police carried out raids on a
        warehouse in Vientiane": a raid of its own, not more of the first one). After an operation
        counted across countries, any sentence of one country's places tells that country's part."""
        if self.sentence is None:
            return False
        def country(key: str) -> str:
            node = self.batch.nodes.get(key)
            return str(node.properties.get("country") or "") if node is not None else ""
        held = {country(k[2]) for k in self.edges if k[0] == event.node.key and k[1] is RelType.OCCURRED_AT} - {""}
        sent = self.sentence
        places = [(e, country(self.span_node[(e.start, e.end)].key)) for e in self.ents
                  if e.label_ in ("PLACE", "COUNTRY") and (e.start, e.end) in self.span_node]
        here = {code for e, code in places if sent.start <= e.start and e.end <= sent.end and e.label_ == "PLACE"}
        here -= {""}
        if id(event) in self.worldwide:  # ("Operation X ... across 40 countries led to 612 arrests. In Namibia,
            # authorities raided a compound": one country's part of it, an act of its own; not "The operation
            # used gates at airports across the UAE", uncounted: the operation told, named again)
            if at > sent.start and self.lower[at - 1] in {"the", "this", "that", "its"} \
                    and self.lower[at] in {"operation", "operations", "crackdown", "campaign"} \
                    and not any(self.like_num[sent.start:sent.end]):
                return False
            nations = {code for e, code in places if sent.start <= e.start and e.end <= sent.end} - {""}
            return len(nations) == 1
        if len(here) != 1 or not held or not here.isdisjoint(held):
            return False
        # ("done at several places in Singapore and Cambodia on one day. ... In Phnom Penh, the police
        # officers raided a building": a sentence before named both countries together, one operation)
        for before in self.sentences:
            if before.start >= sent.start:
                break
            together = {code for e, code in places if before.start <= e.start < before.end}
            if here <= together and not held.isdisjoint(together):
                return False
        return True

    def _another(self, i: int) -> bool:
        """"a similar joint crackdown": the words before the trigger say it is not the one told before."""
        start = self.sentence.start if self.sentence is not None else 0
        opening = self.lower[start] if start < i else ""
        lead = self.lower[max(0, i - 3):i]
        if "prior" in lead and lead[lead.index("prior") + 1:][:1] == ["to"]:
            lead = [w for w in lead if w != "prior"]  # "held prior to their deportation": the one told, as a time
        # ("the last deportation of this scale was in 2017": the one before it; not "last week's")
        return bool(_ANOTHER & set(lead)) or self._opens_apart(opening, i) or lead[-2:] == ["the", "last"] \
            or self._before_the_story(i, start) or self._had_already(i) or self._inside_another_operation(i, start) \
            or self._what_came_before(i, lead) or _in_another_case(self.lower, start, i) \
            or self._in_a_fronted_after(i, start)

    def _in_a_fronted_after(self, i: int, start: int) -> bool:
        """"Two years after arresting 140 Chinese in X, police on Tuesday arrested eight": an act word
        inside an "after" phrase that opens the sentence (past a span of time) and ends at its first
        comma, with another act word told after that comma, is an earlier act, not the sentence's."""
        opening = next((k for k in range(start, min(i, start + 4)) if self.lower[k] in {"after", "following"}), None)
        if opening is None or not all(self.lower[k].isalpha() for k in range(start, opening)):
            return False
        comma = next((k for k in range(opening + 1, len(self.lower)) if self.lower[k] in {",", ".", ";"}), None)
        return comma is not None and self.lower[comma] == "," and i < comma \
            and any(t > comma for t in self.trigger_at) and not self._the_one_told(i)

    def _the_one_told(self, i: int) -> bool:
        """"Police raided a den ... After the raid, the 12 were charged": "the raid" (or "the operation")
        names the one the story told, and what the sentence tells came after it, not before the story."""
        kind = self.trigger_kinds.get(i) or EVENT_TRIGGERS.get(self.lower[i])
        return i > 0 and self.lower[i - 1] in {"the", "this", "that"} and kind in self.last_of_type

    def _what_came_before(self, i: int, lead: list[str]) -> bool:
        """"300 workers fled a compound after an army raid": an act word after "after" or "following",
        told once the sentence has told an escape, is what the escape came after, an earlier one."""
        return not {"after", "following"}.isdisjoint(lead) \
            and any(t < i - len(lead) and self.lower[t] in _FLEEING for t in self.trigger_at)

    def _inside_another_operation(self, i: int, start: int) -> bool:
        """"It follows a similar crackdown last month in which nearly 400 people were arrested": the act
        is told inside a clause on another operation ("in which", "during which", "when"), so it is that
        operation's, not the story's."""
        for k in range(start, i - 2):
            if self.lower[k] in _ANOTHER and self.lower[k + 1] in _OPERATIONS:
                return not _CLAUSE_OPENERS.isdisjoint(self.lower[k + 2:i])
        return False

    def _opens_apart(self, opening: str, i: int) -> bool:
        """The sentence opens on a word of another happening ("Elsewhere,", "Meanwhile,"), and the
        act word at ``i`` is not a participle naming the people by what was told before ("Meanwhile,
        the freed workers were flown home": the rescue told before)."""
        return opening in _EARLIER_OPENINGS and not self._people_named_by_their_past(i)  # type: ignore[attr-defined]

    def _told_apart_by_lead(self, i: int) -> bool:
        """"Earlier, the NBI had arrested ...", "in a separate raid", "a previous arrest": words that
        say the act is not the one told before, even with no day of its own ("also", "similar" and
        an opening "Additionally," do not: "police also arrested 5" most often tells the same raid,
        "Additionally, 10 Vietnamese were deported" one more act of the story's days)."""
        start = self.sentence.start if self.sentence is not None else 0
        opening = self.lower[start] if start < i else ""
        return not _APART.isdisjoint(self.lower[max(start, i - 3):i]) or opening != "additionally" and self._opens_apart(opening, i) \
            or opening == "additionally" and self._somewhere_else(i) \
            or self._had_already(i) or self._before_the_story(i, start) or _in_another_case(self.lower, start, i)

    def _somewhere_else(self, i: int) -> bool:
        """"Police arrested 70 in Batam ... Additionally, 15 were held in the city of
        Pontianak": the act word's sentence names a town after it where the act of its kind told
        before did not happen; another act, in that town."""
        sent, told = self.sentence, self.last_of_type.get(EVENT_TRIGGERS.get(self.lower[i]) or "")
        if sent is None or told is None:
            return False
        there = {target for source, rel, target in self.edges if source == told.node.key and rel is RelType.OCCURRED_AT}
        towns = [node.key for e in self.ents if e.label_ == "PLACE" and i < e.start < sent.end
                 and (node := self.span_node.get((e.start, e.end))) is not None]
        return bool(there) and bool(towns) and there.isdisjoint(towns)

    def _before_the_story(self, i: int, start: int) -> bool:
        """The act word at ``i`` (its sentence from ``start``) is told as done before the story's own:
        after "In recent months,", as other people's act "arrested earlier", or as "a raid" in a
        sentence that told something done "earlier"."""
        return told_over_recent_months(self.lower, start, i) or self._an_earlier_ones(i, start) or self._done_earlier(i)

    def _done_earlier(self, i: int) -> bool:
        """"seven other suspects arrested earlier", "two others were rescued previously": other people's
        act with "earlier" right after its word, ending its clause, is before the story's own (not
        "earlier on Tuesday", "earlier this month": a day told)."""
        return self.lower[i + 1:i + 2] in (["earlier"], ["previously"]) \
            and self.lower[i + 2:i + 3] in ([], ["."], [","], [";"], ["and"], ["by"], ["'s"]) \
            and not {"other", "others", "more"}.isdisjoint(self.lower[max(0, i - 5):i])

    def _an_earlier_ones(self, i: int, start: int) -> bool:
        """"The President earlier banned such hubs after a raid on two properties in Angeles": an act
        word with "a" or "an" in a sentence that told something done "earlier" or "previously" before
        it is another act of its kind, before the story's own."""
        return i - 1 > start and self.lower[i - 1] in {"a", "an"} \
            and not {"earlier", "previously"}.isdisjoint(self.lower[start:i - 1])

    def _had_already(self, i: int) -> bool:
        """"32 Filipinos had already been rescued": an act done before the story's own, told in
        passing (its people are not the story's)."""
        start = self.sentence.start if self.sentence is not None else 0
        return "already" in self.lower[max(start, i - 3):i] and "had" in self.lower[max(start, i - 4):i]

"""People named before and told again in a later sentence: by "him" or "her" ("filed charges against
him"), or by their number ("arrested the duo", "All three were deported"), whom an act then takes.
Apart from ``event_people.py``, which reads the people a sentence names itself."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.event_people import _SAYING
from scamgraph.loaders.news.facing_charges import act_word, faces_charges_after, past_group_noun, shared_nationality
from scamgraph.loaders.news.identity import EventIdentity
from scamgraph.loaders.news.joined_acts import HANDING_VERBS
from scamgraph.loaders.news.legal_instruments import writ_word
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.words import TIP_WORDS
from scamgraph.loaders.numbers import number_value
from scamgraph.model import Evidence, Node

#: How many words back a person named before may be what "him" or "the duo" points to
_NAMED_REACH = 80
#: Nouns of a group of people named before, by their number: "arrested the duo"
_GROUP_SIZES = {"duo": 2, "pair": 2, "couple": 2, "trio": 3}
#: The largest group named before that a subject told by its number ("All three", "The two") points back to,
#: and the words between it and its verb
_LARGEST_GROUP = 5
_GROUP_AUXILIARIES = frozenset({"have", "has", "had", "been", "were", "was", "are", "is", "since", "later", "then",
                                "also", "all", "subsequently", "reportedly"})
#: How close two people named last must stand to be read as one list ("A, B and C"), which "him" cannot pick from
_LISTED_SPAN = 8


class PeopleToldAgain(EventIdentity):
    """The people a pronoun or a number points back to, in the events of its sentence."""

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
                if sent.start - position > _NAMED_REACH:  # named too long ago to be "him"
                    continue
                if len(self.people) > 1 and self.people[-2][1] is not person and position - self.people[-2][0] <= _LISTED_SPAN:
                    continue  # "arrested three Chinese - A, B and C - ... charges against him": which one is not said
            if any(e.label_ == "PERSON" and self.span_node.get((e.start, e.end)) is person and e.end < sent.end
                   and self.lower[e.end] in _SAYING for e in ents) or self._quoted_speaker(person, sent):
                continue  # '"We arrested him," Sok Dara said': "him" is another than the speaker
            window = words[max(0, i - 5):i]
            verb = next((w for w in reversed(window) if w in _COUNT_VERBS and _COUNT_VERBS[w][0]), None)
            if verb is None and {"charges", "charge"} & set(window):
                verb = "charged"
            if verb == "found" and "guilty" in words[i + 1:i + 3]:
                verb = "convicted"  # "the court found her guilty": convicted, as a charge; never found in a raid
            if verb in window and writ_word(window, len(window) - 1 - window[::-1].index(verb)):
                continue  # "a warrant to arrest him", "an arrest warrant against her": no arrest yet
            if verb in window and any(w in TIP_WORDS or w.endswith("ing") or w == "from"
                                      for w in window[len(window) - window[::-1].index(verb):]):
                continue  # "police received information accusing him", "money seized from him": not him the verb took
            verb_at = sent.start + i - 1 - window[::-1].index(verb) if verb in window else -1
            if verb in HANDING_VERBS and not any(verb_at in self.event_words.get(id(e), ()) for e in events):
                continue  # "handed him over to the police": custody inside the state, no sending home (``joined_acts``)
            if verb is not None:
                rel, _key, kind = _COUNT_VERBS[verb]
                if rel is not None:
                    self._edge(rel, self._host(kind, events, None).node.key, person.key, ev)

    def _named_group_in_event(self, sent: Span, events: list[_Event], ev: Evidence) -> None:
        """"X and Y took four workers to Cambodia. Police arrested the duo on October 30": "the duo",
        "the pair", "the trio" after an act's verb, or "All three", "Both" as its subject, are the
        people named last, as many as the word says (none where fewer were named, or named too long
        ago): the act takes them and their number."""
        lower = self.lower
        told = [(j - 2, _GROUP_SIZES[lower[j]], 0) for j in range(sent.start + 2, sent.end)
                if lower[j] in _GROUP_SIZES and lower[j - 1] == "the" and lower[j - 2] in _COUNT_VERBS]
        if (subject := self._group_subject(sent)) is not None and sent.start > 0:
            # "All three were later deported": the three the sentence before named
            told.append((*subject, self.doc[sent.start - 1].sent.start))
        for verb, size, floor in told:
            rel, key, kind = _COUNT_VERBS[act_word(lower, verb, sent.end)]  # ("Both men face charges": charged)
            named: list[Node] = []
            for position, person in reversed(self.people):
                if sent.start - position > _NAMED_REACH or len(named) == size or position < floor:
                    break
                if person not in named:
                    named.append(person)
            if rel is None or len(named) != size or not self._told_as_done(verb, sent):  # type: ignore[attr-defined]
                continue
            event = self._host(kind, events, None)
            event.counts[key] = max(size, event.counts.get(key, 0))
            for person in named:
                self._edge(rel, event.node.key, person.key, ev)
            nat = shared_nationality(self.edges, [person.key for person in named])
            if nat and not any(k[0] == event.node.key and k[2] == nat for k in self.edges):
                self._edge(rel, event.node.key, nat, ev, count=size)  # "Both men": two of their nationality

    def _group_subject(self, sent: Span) -> tuple[int, int] | None:
        """(verb, size) where the sentence opens on the people named last told by their number ("All
        three were later deported", "The two were charged", "Both were arrested", "The duo were
        freed", "Both men now face charges") and a verb of an act on them; None otherwise."""
        lower, k = self.lower, sent.start
        lead = lower[k] in {"all", "the"}
        k += lead
        if k >= sent.end:
            return None
        if lower[k] == "both":
            size = 2
        elif lead and lower[k].isalpha():  # "the duo", "all three" (a number written in figures counts others)
            size = _GROUP_SIZES.get(lower[k]) or number_value(lower[k]) or 0
        else:
            return None
        if not 2 <= size <= _LARGEST_GROUP:
            return None
        k = past_group_noun(lower, k + 1, sent.end)  # ("Both men", "The two suspects")
        if (facing := faces_charges_after(lower, k, sent.end)) >= 0:
            return facing, size  # "Both men now face fraud charges": charged
        while k < sent.end and lower[k] in _GROUP_AUXILIARIES:
            k += 1
        return (k, size) if k < sent.end and lower[k] in _COUNT_VERBS and _COUNT_VERBS[lower[k]][0] is not None else None

    def _quoted_speaker(self, person: Node, sent: Span) -> bool:
        """The sentence opens a quote that goes on from the sentence before, where ``person`` was
        just named as the one who said it ('... one of the oknhas," X said. "We arrested him')."""
        if self.words[sent.start] not in {'"', "“"} and not (sent.start > 0 and self.words[sent.start - 1] in {'"', "“"}):
            return False  # (the sentence splitter may leave the opening mark on the sentence before)
        last = person.name.split()[-1].lower()
        return any(self.lower[k] == last and self.lower[k + 1] in _SAYING for k in range(max(0, sent.start - 30), sent.start - 1))

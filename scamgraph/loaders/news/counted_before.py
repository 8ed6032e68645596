"""The people an earlier sentence counted that a sentence goes on about: whose act its counts part
("29 arrested. 22 were Chinese", "The victims included 40 Malaysians": the freed, not the
arrested), and the peoples said of them with no number ("All the suspects were Pakistanis", "The
group consists mainly of Nepalis", "70 guards, mostly Laotians and Thais"), or told as unknown
("whose nationality was at first unclear"). Apart from ``counts.py``, which reads the counts of
the sentence itself."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from scamgraph.loaders.news.all_of_one import among_them, all_of_one_nationality, peoples_of_them
from scamgraph.loaders.news.mostly_of import hedged_peoples
from scamgraph.loaders.news.state import _Count, _Event, _State
from scamgraph.model import Evidence, RelType


#: The words of whose people a count is: "whose nationality was at first unclear"
_NATIONALITY_WORDS = frozenset({"nationality", "nationalities"})
#: Words that say a thing is not known: "nationality was unclear", "yet to be verified"
_UNKNOWN = frozenset({"unclear", "unknown", "unverified", "undetermined", "unconfirmed", "yet", "not"})

#: Acts done to suspects only: people a sentence calls "the victims" are none of theirs
_SUSPECTS_ACTS = frozenset({RelType.ARRESTED, RelType.CHARGED, RelType.EXTRADITED})
#: Nouns of people harmed: a part of them is none of the suspects an act took
_VICTIM_NOUNS = frozenset({"victims", "victim"})
#: Openings that part the people counted last, however far back: "Of them, ...", "Among those, ..."
_BACK_TO_THE_COUNTED = [[lead, them] for lead in ("of", "among") for them in ("them", "these", "those")]


class CountedBefore(_State):
    """The people counted before that a sentence goes on about, and the peoples said of them."""

    _among_told: Any
    _breakdown_whole: Any
    _list_item: Any
    _matches: Any
    _nationality: Any
    _told_again: Any
    _total_told_before: Any
    _unnamed_whole: Any

    def _sentence_link(self, sent: Span, counts: list[_Count], events: list[_Event], ev: Evidence
                       ) -> tuple[tuple[RelType | None, str, _Event] | None, bool]:
        """The people told before whom the sentence's counts may part (the link: an act, its key and its
        event), and whether the sentence is a line of a list after a colon; reads on the way the peoples
        said of those people with no number ("All the suspects were Pakistanis")."""
        link = self._breakdown_whole(sent) if sent.start in self._matches.relative else self.last_link or self._total_told_before(sent)
        link = self._unnamed_whole(sent, link)  # ("By nationality, 212 were Zorvanians" past a sentence counting no one)
        if link is None and self.lower[sent.start:sent.start + 2] in _BACK_TO_THE_COUNTED and not self.counted_since:
            link = self.counted_link  # "21 were rescued. The rangers were patrolling. | Of them, 15 were from ...": the people
            # counted last, past a sentence that counted no one
        if counts and link is not None and link[0] in _SUSPECTS_ACTS:
            link = self._victims_told(sent, link)  # "... arrested 12. The victims included 40 Malaysians": the freed, if any
        item = self._list_lead is not None and self._list_item(sent)
        if item:
            link = self._list_lead  # "The breakdown of those arrested: | 207 Chinese nationals | 132 ..."
        self._told_again(sent, events, ev)
        self._among_told(sent, events, ev)  # "The deportees were among 300 workers rounded up"
        # (not past people counted since with no act: "9,800 had left the country. They include ...": theirs)
        group = link or (None if self.counted_since else self.counted_link)
        if not counts:
            self._all_of_one(sent, group, ev)  # "All the suspects were Pakistanis"
            self._peoples_of_them(sent, self._victims_told(sent, group), ev)  # "The group consists mainly of Nepalis ..."
        elif self.lower[sent.start] == "all":  # "All 95 detainees were Thai or Lao nationals": the number told again
            self._peoples_of_them(sent, group, ev)
        return link, item

    def _may_part(self, count: _Count, link: tuple[RelType | None, str, _Event]) -> bool:
        """Whether a count with no act of its own can be a part of the people an act counted before: not
        when it outnumbers them ("arrested five people ... 200 of the victims were Koreans": other people),
        nor when it parts victims and the act took suspects ("Koreans made up 20 of the victims")."""
        rel, key, event = link
        if count.value > event.counts.get(key, count.value):
            return False
        return not (rel in _SUSPECTS_ACTS and not _VICTIM_NOUNS.isdisjoint(self.lower[count.start:count.end + 2]))

    def _victims_told(self, sent: Span, link: tuple[RelType | None, str, _Event] | None
                      ) -> tuple[RelType | None, str, _Event] | None:
        """"freed 840 ... Of those, 45 have been repatriated ... The victims are mostly from Vietnam":
        a sentence that opens on "the victims" tells of all the people freed, not of the part counted
        last: the link to the last rescue that counted people, else ``link`` as it was."""
        if link is None or link[0] is RelType.RESCUED or "victims" not in self.lower[sent.start:sent.start + 3]:
            return link
        freed = next((e for e in reversed(self.events) if e.counts.get("rescued") and id(e) not in self.told_apart), None)
        if freed is None and link[0] in _SUSPECTS_ACTS:
            return None  # "Police arrested 90 people ... The victims included 40 Malaysians": not of those arrested
        return (RelType.RESCUED, "rescued", freed) if freed is not None else link

    def _all_of_one(self, sent: Span, link: tuple[RelType | None, str, _Event] | None, ev: Evidence) -> None:
        """"Police arrested 40 suspects. ... All the suspects were Pakistanis": the act of the people
        counted last (in the sentence before, else anywhere before) gets the one nationality said of
        them all, with their number, unless the story gave its people a nationality already."""
        if link is None or link[0] is None or "all" not in self.lower[sent.start:sent.end]:
            return
        rel, key, event = link
        value = event.counts.get(key, 0)
        code = all_of_one_nationality(self.lower, self.doc, sent.start, sent.end) if value else ""
        nat = self._nationality(code) if code else None
        peoples = {n.key for n in self.nationality_nodes.values()}
        if nat is None or any(source == event.node.key and target in peoples for source, _rel, target in self.edges):
            return
        self._edge(rel, event.node.key, nat.key, ev, count=value)

    def _peoples_of_them(self, sent: Span, link: tuple[RelType | None, str, _Event] | None, ev: Evidence) -> None:
        """"Thailand detained 312 people. The group consists mainly of people from Nepal and Sri
        Lanka": the act of the people counted last gets each people named, with no number."""
        if link is None or sent.start >= len(self.lower):
            return
        rel, _key, event = link
        if rel is None:
            return
        for code in peoples_of_them(self.lower, self.doc, sent.start, sent.end) \
                or among_them(self.lower, self.doc, sent.start, sent.end):
            nat = self._nationality(code)
            if nat is not None and not any(s == event.node.key and t == nat.key for s, _r, t in self.edges):
                self._edge(rel, event.node.key, nat.key, ev)

    def _hedged_edges(self, count: _Count, sent: Span, rel: RelType, event: _Event, ev: Evidence) -> None:
        """Each people an aside says most of the counted were ("70 guards, mostly Laotians and Thais,")
        takes the act's edge with no number: among those it touched, but no count is theirs."""
        for code in hedged_peoples(self.lower, self.doc, count, sent.end):
            if (nat := self._nationality(code)) is not None:
                self._edge(rel, event.node.key, nat.key, ev)

    def _nationality_untold(self, count: _Count, sent: Span) -> bool:
        """"12 more suspects whose nationality was at first unclear", "nationalities yet to be
        verified": the story says it does not know whose they are."""
        after = self.lower[count.end:min(sent.end, count.end + 9)]
        return not _NATIONALITY_WORDS.isdisjoint(after[:5]) and not _UNKNOWN.isdisjoint(after)

    def _names_the_counted_act(self, counts: list, events: list[_Event]) -> bool:
        """A sentence of no count that names only the act whose people the sentence before counted
        ("Police arrested 19 in a raid. | The raid was led by X. | Eleven of them were ..."): it tells
        more of that act, so the people counted stay the ones a part told next belongs to."""
        return not counts and self.last_link is not None and bool(events) \
            and all(e is self.last_link[2] for e in events)

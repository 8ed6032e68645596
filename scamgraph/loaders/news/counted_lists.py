"""Counts told as lists: a line of a list that is only a number of people, the sentence that leads
the lines after it ("The breakdown of the arrested foreigners includes:"), a list by where people
are from ("45 people from China, 30 from Vietnam"), a breakdown by sex ("20 men and 11 women - all
Thai -"), and a country after a verb that is where people went, not whose they are ("800 entering
Thailand"). Apart from ``told_again``, which gives people told again without a number their edges."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.governing import GoverningVerbs
from scamgraph.loaders.news.places_left import left_from
from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.loaders.news.words import _PEOPLE_WORDS
from scamgraph.model import RelType

#: Words of sex that part a group of people counted before ("44 men and 15 women").
_SEXES = frozenset({"men", "women", "males", "females", "boys", "girls"})


class CountedLists(GoverningVerbs):
    """Lists of counts, their breakdowns by sex, and the places a count's words name."""

    def _by_sex(self, phrases: list[_Count]) -> list[_Count]:
        """"All 31 detainees, among them 20 men and 11 women - all Thai -": a breakdown by sex
        parts the people counted before it, never by nationality; a demonym told after the last
        part is the whole group's (the parts keep none)."""
        for k, count in enumerate(phrases):
            if not count.nationality or not self._sex_part(count):
                continue
            first = k
            while first > 0 and self._sex_part(phrases[first - 1]) and not phrases[first - 1].nationality:
                first -= 1
            if 0 < first < k and not phrases[first - 1].nationality:
                phrases[first - 1].nationality, count.nationality = count.nationality, ""
        return phrases

    def _sex_part(self, count: _Count) -> bool:
        """The number is followed right away by a word of sex ("20 men", "11 women")."""
        return count.start + 1 < len(self.lower) and self.lower[count.start + 1] in _SEXES

    def _list_item(self, sent: Span) -> bool:
        """A line of a list that is only a number of people: "207 Chinese nationals", "- 12 Myanmar nationals"."""
        at = [i for i in range(sent.start, sent.end)
              if self.words[i].strip() and self.words[i] not in {"-", "•", "*", "–", ",", ";", "."}]
        return 2 <= len(at) <= 5 and self.like_num[at[0]]

    def _lead_of_list(self, sent: Span, events: list[_Event], link: tuple[RelType | None, str, _Event] | None,
                      ) -> tuple[RelType | None, str, _Event] | None:
        """A sentence ending in a colon that names what was done to people ("The breakdown of the
        arrested foreigners includes:") leads the list of counts on the lines after it: their
        act and event are its verb's (or, with none, those of the people counted just before)."""
        last = next((i for i in range(sent.end - 1, sent.start, -1) if self.words[i].strip()), sent.start)
        if self.words[last] != ":":
            return None
        for i in range(sent.start, sent.end):
            told = _COUNT_VERBS.get(self.lower[i])
            if told is not None and told[2]:
                rel, key, kind = told
                return rel, key, self._host(kind, events, None, at=i)
        return self.last_link or link

    def _from_list(self, end: int, sent: Span) -> bool:
        """"45 people from China, 30 from Vietnam": a list of people by where they are from, that is,
        by nationality (one "from X" after a deportation tells only where they left)."""
        nxt = self.lower[end:min(sent.end, end + 3)]
        return len(nxt) == 3 and nxt[0] in {",", "and"} and self.like_num[end + 1] and nxt[2] == "from"

    def _place_reached(self, start: int, j: int, norp: dict[int, Span]) -> bool:
        """A country's name told after a verb in the phrase after a number ("800 entering Thailand",
        "300 crossed into Laos") is where the people went; "45 trafficked Myanmar nationals" keeps it."""
        ent = norp[j]
        after = self.lower[ent.end] if ent.end < len(self.lower) else ""
        if ent.label_ != "COUNTRY" or after in _PEOPLE_WORDS or after in gz.people_nouns():
            return False
        if self.lower[start] == "from" and left_from(self.lower, self.like_num, start, 0):
            return True  # "brought back from Cambodia, 770 from | Laos": the place they left
        return any(w.endswith(("ing", "ed")) or w == "into" for w in self.lower[start:j])

"""Lists of counted people by country, one country a line, after a line ending in a colon:

    The group freed last week came from:
    - Atlantis- 40 people (Male 30, Female 10)
    - Ruritania: 12
    - Freedonia (3 persons)

Each line names a country, then the number of people from it: the country stands for their
nationality (the people are counted by where they come from, as in "40 from Atlantis"). The lines
part the people the list's lead tells of, so each takes the lead's act and event: the verb of the
colon line where it has one, else the people counted just before it, else those of the last event
the story counted people on. A line whose number is followed by a demonym ("Laos: 240
Indians") counts people of that demonym in a place, and is no such line; a line whose number
exceeds the lead's own count is no part of it.

The lines are short and few: a line is read only where a colon led it or a country line came just
before, and only if it holds a number; one regular expression reads it."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.nationalities import NationalityRules
from scamgraph.loaders.news.state import _Event
from scamgraph.model import Evidence, RelType
from scamgraph.resolve import country_code

#: One line: a bullet or a list number, the country, a dash, colon, bracket or space, a number, a
#: people noun, and an aside in brackets that parts the people by sex ("(Male 30, Female 10)").
_LINE = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s+)?[\s·•\-–—*]*(?P<name>[A-Z][\w'’.]*(?:[ -][\w'’.]+){0,3}?)"
    r"(?:\s*[-–—:]\s*|\s*\((?=\s*\d)\s*|\s+)"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+)\s*(?P<noun>[a-z]+)?\s*\)?\s*(?:\((?P<aside>[^()]*)\))?\s*[.;,]?\s*$")
#: Words an aside after the count may hold: it parts the people by sex, it names no one else.
_ASIDE_WORDS = frozenset({"male", "males", "female", "females", "men", "women", "man", "woman", "boys", "girls",
                          "all", "and", "including", ","})
#: Words of a heading that leads a list by country without a colon, and its most words.
_HEADING_WORDS = frozenset({"nationality", "nationalities", "country", "countries"})
_HEADING_SPAN = 4
_PRONOUNS = frozenset({"they", "we", "he", "she", "it", "their", "our"})
#: The number of an item of a numbered list: "2.", "3)".
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
#: Numbers standing alone that are more likely years than people.
_YEARS = (1900, 2100)
#: The most tokens a line of such a list holds.
_LINE_SPAN = 24
#: What was done to the people an event counts under each key ("rescued" -> RESCUED).
_KEY_ACTS = {key: rel for rel, key, _kind in _COUNT_VERBS.values() if rel is not None}

_Lead = tuple[RelType | None, str, _Event]


def country_line(line: str) -> tuple[str, int] | None:
    """(nationality code, number) of a line that counts people of one country ("- Atlantis- 40
    people"); the code is "" where the line has the layout but names no country ("Unknown- 5
    people": a line of the list that counts people of no nationality); None for any other line."""
    found = _LINE.match(line)
    if found is None:
        return None
    noun, aside = found["noun"], found["aside"]
    if noun is not None and noun not in gz.people_nouns():
        return None  # "Laos: 240 Indians": people of another nationality, counted in a place
    if aside is not None and not set(re.findall(r"[a-z]+|,", aside.lower())) <= _ASIDE_WORDS:
        return None
    value = int(found["number"].replace(",", ""))
    if noun is None and aside is None and _YEARS[0] <= value <= _YEARS[1] and "," not in found["number"]:
        return None  # "- Laos: 2023": a year, not a number of people
    name = _without_people_noun(found["name"])
    code = country_code(name) if len(name) > 2 else None
    return code or "", value


def _without_people_noun(name: str) -> str:
    """The country's word of a line that names its people ("Chinese nationals: 523", as state media
    list them): the people noun after the demonym says who is counted, not another place."""
    head, _, last = name.rpartition(" ")
    return head if head and last.lower() in gz.people_nouns() else name


class CountryLines(NationalityRules):
    """Reads the lines of a list of people counted by country (mixed into the count rules)."""

    _country_lead: _Lead | None = None

    def _country_item(self, sent: Span, ev: Evidence) -> bool:
        """Gives a line of a list by country its edge; True where ``sent`` is such a line (then
        no other count rule reads it, and the list goes on)."""
        lead = self._country_lead
        if lead is None or len(sent) > _LINE_SPAN or not any(self.like_num[sent.start:sent.end]):
            return False
        line = self.text[sent.start_char:sent.end_char]
        before = self.text[self.text.rfind("\n", 0, sent.start_char) + 1:sent.start_char]
        if "\n" in line.strip() or before.strip() and not _LIST_NUMBER.fullmatch(before.strip()):
            return False  # (one whole line only, or all of it after a list number: "2. Peru - 40")
        found = country_line(line)
        if found is None:
            return False
        rel, key, event = lead
        code, value = found
        if rel is None or value > event.counts.get(key, value):
            return False
        nat = self._nationality(code)
        if nat is not None:
            self._edge(rel, event.node.key, nat.key, ev, count=value)
        return True

    def _lead_countries(self, sent: Span, lead: _Lead | None, item: bool) -> None:
        """Keeps what a list by country after ``sent`` counts: the colon line's lead (``lead``), or
        with none the people of the last event the story counted; a line of the list keeps it."""
        if item or _LIST_NUMBER.fullmatch(self.text[sent.start_char:sent.end_char].strip()):
            return  # (a list number the sentence splitter set apart keeps the list going)
        last = next((i for i in range(sent.end - 1, sent.start - 1, -1) if self.words[i].strip()), sent.start)
        if self.words[last] != ":" and not self._heading_by_country(sent):
            self._country_lead = None
            return
        lead = lead or self._last_counted()
        self._country_lead = None if lead is None or self._of_a_nationality(sent, lead) else lead

    def _heading_by_country(self, sent: Span) -> bool:
        """"Breakdown by nationality", "Rescued by country": a short line of its own with no colon
        that names the list's key leads it as a colon line does."""
        line = self.text[sent.start_char:sent.end_char]
        if not line.rstrip(" ").endswith("\n") or sent.start_char > 0 and self.text[sent.start_char - 1] != "\n":
            return False  # (most sentences: not a line of its own; told before the words are listed)
        words = [w for w in self.lower[sent.start:sent.end] if w.strip()]
        return len(words) <= _HEADING_SPAN and not _HEADING_WORDS.isdisjoint(words) and _PRONOUNS.isdisjoint(words)

    def _of_a_nationality(self, sent: Span, lead: _Lead) -> bool:
        """"Indians brought home so far: | - Cambodia: 800": people of a nationality already told
        (a demonym in the colon line, or the lead's act already done to people of a nationality)
        are listed by where they were, and the countries are no nationality of theirs."""
        if any(self.doc[i].ent_type_ == "NORP" for i in range(sent.start, sent.end)):
            return True
        rel, _key, event = lead
        return any(source == event.node.key and kind == rel for source, kind, _target in self.edges)

    def _last_counted(self) -> _Lead | None:
        """The act, count key and event of the last event the story counted people on."""
        for event in reversed(self.events):
            key = next((k for k in event.counts if k in _KEY_ACTS), None)
            if key is not None:
                return _KEY_ACTS[key], key, event
        return None

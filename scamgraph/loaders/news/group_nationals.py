"""The nationality of people named in a list of a group the story already told of: "The rescued
individuals have been identified as A, B and C", "The returnees include:" and a line of names. The
definite group ("the rescued individuals", "the returnees") is the one counted before; when the
story has so far told of one nationality of people only, and the sentence names none, the listed
people are of it. (A list whose group carries its own demonym, "The arrested Thai nationals were
identified as ...", is read in ``people``.)"""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.state import _State
from scamgraph.loaders.nlp.vocabulary import HOMECOMING_GROUPS
from scamgraph.model import Evidence, RelType

__all__ = ["GroupNationals"]

#: Verbs between a group and the list of its names
_LISTING = (["identified", "as"], ["named", "as"], ["include"], ["includes"], ["included"], ["are"], ["were"])
#: Groups of the accused, whose names a list may give: "The defendants included A and B"
_DOER_GROUPS = frozenset({"defendants", "suspects", "accused", "ringleaders", "leaders", "perpetrators", "recruiters",
                          "traffickers", "arrested", "convicted", "culprits"})
#: The acts done to suspects, after which "The suspects, A and B" names those the act was done to
_SUSPECT_ACTS = frozenset({RelType.ARRESTED, RelType.DETAINED, RelType.DEPORTED, RelType.EXTRADITED, RelType.CHARGED})
#: Auxiliaries between a group and its listing verb: "have been identified as"
_AUXILIARIES = frozenset({"have", "has", "had", "been", "were", "was", "are", "is"})


class GroupNationals(_State):
    """Listed people of a definite group take the one nationality the story has told of."""

    _group_lead: bool = False  # the last sentence ended "The returnees include:", its names to come
    _lead_doers: bool = False  # and that group was of the accused ("The defendants include:")

    def _group_nationals(self, sent: Span, ents: list[Span], ev: Evidence) -> None:
        lower = self.lower
        led, self._group_lead = self._group_lead, False
        if lower[sent.end - 1].strip() == "" and sent.end - sent.start >= 2:
            end = sent.end - 1  # (the line break the sentence ends with)
        else:
            end = sent.end
        if lower[end - 1] == ":":
            self._group_lead = self._definite_group(sent.start, end - 1)
            self._lead_doers = self._doers_listed(sent.start, end - 1, False)
            return
        people = [e for e in ents if e.label_ == "PERSON" and (e.start, e.end) in self.span_node]
        if len(people) < 2 or len(self.nationality_nodes) != 1 \
                or any(e.label_ in {"NORP", "COUNTRY"} for e in ents):
            return
        if not led and not self._definite_group(sent.start, people[0].start):
            return
        nationality = next(iter(self.nationality_nodes.values()))
        if self._doers_listed(sent.start, people[0].start, led) and not self._of_suspects(nationality.key):
            return  # "killed eight Kestrians ... The defendants included A and B": the dead's people, not theirs;
            # "46 Kestrians returned home ... The suspects were identified as A and B": the returnees' people
        if not led and self.lower[people[0].start - 1] == "," and not self._suspects_told(nationality.key, sent.start,
                                                                                            people[0].start):
            return  # "rescued six Kestrians ... The suspects, A and B, ...": the rescued are not the suspects
        for person in people:
            self._edge(RelType.HAS_NATIONALITY, self.span_node[(person.start, person.end)].key, nationality.key, ev)

    def _of_suspects(self, key: str) -> bool:
        """The nationality (node ``key``) is told of people an act done to suspects took ("arrested
        four Kestrians"): a listed group of the accused may be of it. Told only of the harmed, the
        rescued or the sent home ("killed eight Kestrians", "46 Kestrians returned home"), it is the
        victims' people, and the story says nothing of the ring's."""
        rels = {rel for source, rel, target in self.edges if target == key and source.startswith("event:")}
        return not rels.isdisjoint(_SUSPECT_ACTS)

    def _suspects_told(self, key: str, start: int, end: int) -> bool:
        """"Four Kestrians were arrested ... The suspects, A, B, C and D, ...": a group of the accused
        whose names are apposed to it takes the nationality (node ``key``) only when the story told
        that people of acts done to suspects alone (never of the rescued, the sent home or the harmed)."""
        rels = {rel for source, rel, target in self.edges if target == key and source.startswith("event:")}
        return bool(rels) and rels <= _SUSPECT_ACTS and self._doers_listed(start, end, False)

    def _doers_listed(self, start: int, end: int, led: bool) -> bool:
        """The group whose names are listed in [start, end) is of the accused ("The defendants
        included", "The suspects were named as"), or was so in the lead line before (``led``)."""
        return led and self._lead_doers or not _DOER_GROUPS.isdisjoint(self.lower[start:end])

    def _one_identified(self, sent: Span, ents: list[Span], ev: Evidence) -> None:
        """"Police arrested a Zorvanian man ... The man was identified as Orlen Vask": the one
        person the sentence before counted, named now, had that act done to them."""
        if self.last_link is None or self.last_link[0] is None:
            return
        rel, key, event = self.last_link
        if event.counts.get(key) == 1:
            k = _one_person_named(self.lower, sent.start, sent.end)
            named = [e for e in ents if e.start == k and e.label_ == "PERSON"] if k else []
        else:  # "Police arrested four agents. They were identified as A, B, C and D": each of them
            k = _people_named(self.lower, sent.start, sent.end)
            if k is not None and self.lower[k - 1] == "," and (rel not in _SUSPECT_ACTS
                                                               or _DOER_GROUPS.isdisjoint(self.lower[sent.start:k])):
                return  # "The suspects, A and B, ...": the arrested named, never the rescued
            named = [e for e in ents if k is not None and e.start >= k and e.label_ == "PERSON"]
            if not 2 <= len(named) <= event.counts.get(key, 0):
                return
        for person in named:
            if (node := self.span_node.get((person.start, person.end))) is not None:
                self._edge(rel, event.node.key, node.key, ev)

    def _definite_group(self, start: int, end: int) -> bool:
        """The words [start, end) are "The <up to three words> <people noun> <listing verb>":
        "The freed workers were identified as", "The returnees include", or the people
        noun and the comma that apposes the names: "The suspects, | A, B and C, face charges"."""
        lower = self.lower
        k = end
        while k > start and lower[k - 1] in {",", "-", "•"}:
            k -= 1
        verb = next((v for v in _LISTING if lower[max(start, k - len(v)):k] == v), None)
        if verb is None and k < end and lower[k] == ",":
            verb = []  # "The suspects, A, B and C, face charges": the names apposed to the group
        if verb is None:
            return False
        k -= len(verb)
        while k > start and lower[k - 1] in _AUXILIARIES:
            k -= 1
        noun = lower[k - 1] if k > start else ""
        if noun not in HOMECOMING_GROUPS and noun not in gz.people_nouns():
            return False
        words = lower[start:k - 1]
        return bool(words) and words[0] == "the" and len(words) <= 4 and all(w.isalpha() for w in words)


#: One person told again before the name they are identified by: "The Chinese man", "The suspect", "He"
_ONE_PERSON = frozenset({"man", "woman", "suspect", "national", "citizen", "foreigner", "accused", "detainee"})


def _people_named(lower: list[str], start: int, end: int) -> int | None:
    """Where the names start in "They were identified as | A, B and C", "The suspects were named
    as | ..." or "The suspects, | A, B and C, ..." opening a sentence; None when the sentence does
    not open so."""
    k = start + (lower[start] == "they")
    if k == start and lower[start] in {"the", "those", "these"}:
        k = next((j + 1 for j in range(start + 1, min(end, start + 4)) if lower[j] in gz.people_nouns()
                  or lower[j] in {"accused", "arrested", "detained", "agents"}), start)
    if k == start:
        return None
    if lower[k - 1] != "they" and lower[k:k + 1] == [","]:
        return k + 1  # "The suspects, | A, B and C, face charges": the group's names apposed to it
    while k < end and lower[k] in _AUXILIARIES:
        k += 1
    return k + 2 if lower[k:k + 2] in (["identified", "as"], ["named", "as"]) else None


def _one_person_named(lower: list[str], start: int, end: int) -> int | None:
    """Where the name starts in "The (Chinese) man (, aged 31,) was identified as | NAME" or "He was
    identified as | NAME" opening a sentence; None when the sentence does not open so."""
    k = start
    if lower[k] in {"he", "she"}:
        k += 1
    elif lower[k] == "the":
        noun = next((j for j in range(k + 1, min(end, k + 4)) if lower[j] in _ONE_PERSON), None)
        if noun is None or not all(w.isalpha() for w in lower[k + 1:noun]):
            return None
        k = noun + 1
    else:
        return None
    while k < end and (lower[k] in _AUXILIARIES | {",", "aged"} or lower[k].isdigit()):  # ", aged 44, was"
        k += 1
    return k + 2 if lower[k:k + 2] == ["identified", "as"] else None

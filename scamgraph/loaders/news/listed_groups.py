"""The group a listed person is named out of: "Nine Chinese nationals, including the suspected
manager | X", "The arrested Thai nationals were identified as A, 31, and | B", "Four Laotians, | A
and B", and whether the person is rather the one who speaks of the group ("The Chinese suspects,
Mabunda said, ..."). Kept apart from people.py, which gives the person the group's demonym or
body."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.person_demonyms import apposed_to_a_name
from scamgraph.loaders.news.state import _State
from scamgraph.loaders.news.words import FINITE_AUXILIARIES, _PEOPLE_WORDS
from scamgraph.loaders.nlp.listed_people import aside_opening
from scamgraph.loaders.nlp.vocabulary import SPEECH_VERBS


#: Verbs that make the words after a name a clause of its own, not the name's apposition
_CLAUSE_VERBS = FINITE_AUXILIARIES | {"would", "can", "could"}
#: Marks that open a list of names after the group's noun ("two Zorvanian couriers: A and B", "... - A and B -")
_LIST_OPENERS = frozenset({":", "-", "\u2013", "\u2014"})


class ListedGroups(_State):
    """The group a listed person is named out of (mixed under the people rules)."""

    def _group_demonym(self, ent: Span, by_end: dict[int, Span], floor: int) -> Span | None:
        """The demonym of the group a person is named out of: "Nine Chinese nationals, including
        the suspected manager | Zhou Minghao", "The arrested Thai nationals were identified as A,
        31, and | B", "Four Laotians, | A and B"."""
        k = self._group_end(ent, floor)
        demonym = by_end.get(k - 1) if k is not None else None
        if k is not None and k - 1 > floor and self.lower[k - 1] in _PEOPLE_WORDS and demonym is not None \
                and demonym.label_ == "NORP":
            return demonym
        if k is not None and self.words[k - 1] == "," and demonym is not None and demonym.label_ == "NORP" \
                and demonym.start - 1 >= floor and self.like_num[demonym.start - 1]:
            return demonym  # "Four Laotians, Noy Phan and ...": the people counted is the group
        return None

    def _said_by(self, ent: Span, sent: Span) -> bool:
        """The person is the speaker a verb of speech before the name and its title introduces
        ("..., said provincial police chief Sok Dara on Thursday")."""
        k = ent.start - 1
        while k > sent.start and ent.start - k <= 6 and (self.words[k].islower() and self.words[k].isalpha()
                                                         or self.doc[k].ent_type_ in {"ROLE", "AGENCY", "NORP"}):
            if self.lower[k] in SPEECH_VERBS:
                return True
            k -= 1
        return self.lower[k] in SPEECH_VERBS

    def _speaks(self, ent: Span, sent: Span) -> bool:
        """The person named after a group says something of it: "The Chinese suspects, Mabunda
        said, ...", "... cheated Chinese people, Police General X, a deputy chief, said.": a verb of
        speech right after the name or its apposition, which ends the clause."""
        for k in range(ent.end, min(sent.end, ent.end + 14)):
            if self.lower[k] in SPEECH_VERBS and (k + 1 >= sent.end or self.lower[k + 1] in {",", ".", "on", "in", "at"}):
                return k == ent.end or self.words[ent.end] == "," and self.words[k - 1] == "," \
                    and _CLAUSE_VERBS.isdisjoint(self.lower[ent.end:k])
                # (not "Thai national X, are also linked to crime, the Treasury said": another speaker)
            if self.lower[k] in {".", ";"}:
                return False
        return False

    def _group_end(self, ent: Span, floor: int) -> int | None:
        """Where the group a listed person is named out of ends: the token after "... nationals" in
        "... nationals, including | X", "... were identified as | X" or "two Chinese men, | X and Y"."""
        k = self._list_start(ent.start, floor)
        if k - 1 > floor and self.lower[k - 1] == "including":
            k -= 1
        elif k - 2 > floor and self.lower[k - 2:k] in (["identified", "as"], ["named", "as"]):
            k -= 2
        elif k > floor and k + 1 < len(self.lower) and self.lower[k] in _PEOPLE_WORDS and self.words[k + 1] == "," \
                and self.doc[k - 1].ent_type_ == "NORP" and not apposed_to_a_name(self.doc, k - 1, floor):
            return k + 1  # "two Chinese men, | Lee Kim and Park Joon": the group, then its people apposed
        elif k - 2 >= floor and self.words[k] == "," and self.doc[k - 1].ent_type_ == "NORP" and self.like_num[k - 2] \
                and self.doc[k - 2].ent_type_ != "NORP":
            return k + 1  # "four Laotians, | Noy Phan and Khamla Sy": a counted people is the group itself
        elif k - 2 > floor and self.lower[k - 1] in _LIST_OPENERS and self.lower[k - 2] in _PEOPLE_WORDS \
                and self.doc[k - 3].ent_type_ == "NORP":
            return k - 1  # "two Zorvanian couriers: | Ada Brell and Oskar Venn": the same apposition after a colon
            # (or a dash: "three Zorvanian couriers - Ada Brell, Oskar Venn and Ida Holt - were held")
        elif k > floor and k + 1 < len(self.lower) and self.lower[k] in _PEOPLE_WORDS and self.doc[k - 1].ent_type_ == "NORP" \
                and self.doc[k + 1].ent_type_ == "PERSON" and self._listed_after(ent, k):
            return k + 1  # "Cambodian nationals Sok Dara and | Chea Vuthy": the group's title before the list
        else:
            return None
        while k > floor and self.lower[k - 1] in {",", "were", "was", "are", "have", "been"}:
            k -= 1
        return k

    def _listed_after(self, ent: Span, title_end: int) -> bool:
        """The name is a later item of the list that the plural title before its first name heads:
        after "and", or after a comma when the title is plural ("Cambodian nationals Sok Dara, |
        Chea Vuthy and Keo Nimol"; not "Cambodian national Sok Dara, | Chea Vuthy said")."""
        joint = self.lower[ent.start - 1]
        return joint == "and" or joint == "," and self.lower[title_end].endswith("s")

    def _list_start(self, start: int, floor: int) -> int:
        """Back over the names, ages, commas, roles, small words and short asides in brackets
        ("A (aka B), C (32) and | D") listed before a name."""
        k, small = start, 0
        while k > floor:
            word, kind = self.lower[k - 1], self.doc[k - 1].ent_type_
            opening = aside_opening(self.words, k - 1, floor) if word == ")" else None
            if opening is not None:
                k = opening
            elif word in {",", "and"} or self.like_num[k - 1] or kind in {"PERSON", "ROLE"}:
                k -= 1
            elif self.words[k - 1].islower() and word not in {"including", "as"} and small < 4:
                small, k = small + 1, k - 1  # "the suspected manager"
            else:
                break
        return k

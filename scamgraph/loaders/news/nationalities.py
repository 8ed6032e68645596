"""Nationalities: demonyms and countries that describe people ("Chinese nationals", "Koreans"),
and coordinated lists of them told without a count of their own ("Chinese, Thai and Lao
nationals", "57 people from China, Vietnam and Laos", "others from the Philippines and Laos").

A listed nationality gets the edge of the verb its sentence tells (``ARRESTED``, ``RESCUED``, ...)
but no count: the number in such a sentence is the total, not each nationality's share. Which runs
of demonyms and countries are such lists is read in ``nationality_lists``, the verb a list takes
in ``list_verbs``.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.agency_names import _STATE_OFFICES as _STATE_ROLES
from scamgraph.loaders.news.each_counted import PERSON_NOUNS, each_from
from scamgraph.loaders.news.nationality_lists import _NOT_PEOPLE, _SCHEME_PEOPLE, NationalityLists
from scamgraph.loaders.news.releases import released_a_paper
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.words import (
    _ANCESTRY,
    _BE,
    _PEOPLE_WORDS,
    _PLURAL_DEMONYMS,
    _THING_HEADS,
    things_of,
)
from scamgraph.model import Evidence, Label, Node, RelType
from scamgraph.resolve import country_name

#: Verbs and adverbs right after a plural demonym that show it names the people ("60 Kenyans live in
#: Bangkok", "Kenyans still held"), as a participle does ("60 Kenyans held in Myawaddy")
#: Prepositions: never a noun the demonym describes ("smuggling 15 Indonesians into Malaysia")
_PREPOSITIONS = frozenset({"into", "across", "over", "through", "by", "for", "with", "as", "after", "before", "during",
                           "under", "via", "out", "off", "inside", "near", "among", "since", "aboard"})
_PLAIN_VERBS = frozenset({"live", "remain", "say", "work", "still", "now", "also", "who", "whose", "held", "kept",
                          "caught", "taken", "sold", "brought", "sent", "found", "stuck"}) | _PREPOSITIONS

#: A verb of making up a whole right after a plural demonym, which is its subject: "Zorvanians made
#: up the largest group" (people, as "Zorvanians formed ..." is; "made" alone is no verb: "Chinese made")
_MAKING_UP = (["made", "up"], ["make", "up"], ["makes", "up"])

#: Words of one person before a singular demonym that names them: "(20 Chinese and) one Colombian", "a Kazakh"
_ONE_PERSON_LEADS = frozenset({"one", "a", "an"})
#: Words that may close such a one person's demonym: the end of a list item or of the clause
_AFTER_ONE_PERSON = frozenset({",", ".", ";", ":", ")", "and", "or", "who", "were", "was", "is"})

#: Words that make a demonym next to them a language: "fluent in Chinese", "Chinese speakers"
_LANGUAGE_CUES = frozenset({"language", "languages", "speak", "speaks", "speaking", "spoke", "fluent", "translate",
                            "translated", "translator", "translators", "interpreter", "interpreters", "preferably",
                            "speakers", "speaker", "-speaking", "lessons", "classes", "typing", "typed", "subtitles"})


#: Words of a text written or told in a language: "notices in Thai and Chinese", "printed in Lao"
_WRITTEN = frozenset({"notice", "notices", "sign", "signs", "poster", "posters", "leaflet", "leaflets", "flyers",
                      "message", "messages", "banner", "banners", "written", "printed", "published", "broadcast",
                      "announcements", "warnings", "text", "texts", "versions", "scripts"})

#: Parts of an organisation a demonym places: "the Australian branch", "its Thai arm"
_BRANCHES = frozenset({"branch", "branches", "arm", "arms", "wing", "division", "subsidiary", "subsidiaries", "cell",
                       "cells", "chapter", "affiliate", "affiliates", "outpost", "operations", "office", "offices"})

#: Singular nouns of one citizen that may close a run of demonyms: "a Fijian and Laotian national"
_ONE_CITIZEN = frozenset({"national", "citizen"})
#: Words that may stand between "a" and such a run: "a 41-year-old", "a dual"
_ONE_CITIZEN_WORDS = frozenset({"-", "year", "years", "old", "year-old", "dual", "naturalised", "naturalized"})


def one_persons_citizenships(lower: list[str], like_num: list[bool], start: int, end: int) -> bool:
    """The demonyms in [start, end) are the citizenships of one person named before: a comma and
    "a" (or "an") open them and a singular "national" or "citizen" closes them ("Wen Bao, a
    41-year-old Fijian and Laotian national"). That is one dual national, not people of each
    country, so an act the sentence tells is done to the person, never to a group of each
    nationality. ("a Fijian and a Laotian national", with an "a" of its own for each, still names
    two people; an unnamed "a Fijian and Laotian national" has no one else to carry the act.)"""
    if end >= len(lower) or lower[end] not in _ONE_CITIZEN or not {"a", "an"}.isdisjoint(lower[start:end]):
        return False
    k = start - 1
    while k >= 0 and (like_num[k] or lower[k] in _ONE_CITIZEN_WORDS):
        k -= 1
    return k >= 1 and lower[k] in {"a", "an"} and lower[k - 1] == ","


class NationalityRules(NationalityLists):
    """Nationality nodes, and the edges of nationalities named in a list."""

    def _written_in(self, ent: Span) -> bool:
        """The demonym at ``ent`` is an item of the list after "in" that a written text takes:
        "notices in Thai, Chinese and Vietnamese", "scripts written in Khmer" (languages)."""
        k = ent.start - 1
        while k > 0 and (self.lower[k] in {",", "and", "or"} or self.doc[k].ent_type_ == "NORP"):
            k -= 1
        return k > 0 and self.lower[k] == "in" and self.lower[k - 1] in _WRITTEN

    def _nationality(self, code: str) -> Node | None:
        if not code:
            return None
        self.last_nationality = code
        held = self.nationality_nodes.get(code)
        if held is not None and self.batch.nodes.get(held.key) is held:
            return held  # (a node built again would only be merged into this one)
        node = self.nationality_nodes[code] = self._add(Node(Label.NATIONALITY, country_name(code), properties={"iso2": code}))
        return node

    def _is_people_modifier(self, ent: Span) -> bool:
        """"South Korean nationals", "Chinese man", "Koreans", "Myanmar lawmakers": about people."""
        doc, words = self.doc, self.words  # (a word's is_lower and is_alpha are str.islower and str.isalpha)
        k = ent.end
        if not _LANGUAGE_CUES.isdisjoint(self.lower[max(0, ent.start - 3):ent.start]) \
                or self.lower[ent.end:ent.end + 1] and (self.lower[ent.end] in _LANGUAGE_CUES or self.lower[ent.end] in _ANCESTRY):
            return False  # "enrolled in language school, preferably Chinese", "Chinese speakers": a language;
            # "a Thai man of Nepali descent": his forebears', no people of the story
        if self._written_in(ent):
            return False  # "put up notices in Thai, Chinese and Vietnamese": languages
        if self._hyphen_after(ent) or not self._state_roles.isdisjoint(range(ent.end, ent.end + 4)):
            return False  # "Thai-Myanmar border"; "Thai Foreign Minister", "Cambodian deputy national police chief"
        while k < len(doc) and k < ent.end + 3 and words[k].islower() and words[k].isalpha() and self.lower[k] not in _PEOPLE_WORDS \
                and self.lower[k] not in _SCHEME_PEOPLE and self.lower[k] not in _PREPOSITIONS:
            # ("20 Chinese across the border": the noun is the border's)
            if self.lower[k] in gz.heads() or self.lower[k] in _NOT_PEOPLE:
                return False
            k += 1
        if k < len(doc) and self.lower[k] in _NOT_PEOPLE:
            return False  # "Thai officials", "Cambodian counterparts": the state, not people of a nationality
        if k < len(doc) and (self.lower[k] in _PEOPLE_WORDS or self.lower[k] in _SCHEME_PEOPLE
                             or k in self.role_tokens):
            # (not "the Cambodian tourist hub"; nor "the Spanish national court": a body's word, no person)
            return k + 1 >= len(doc) or self.lower[k + 1] not in _THING_HEADS \
                and not (self.lower[k] == "national" and self.lower[k + 1] in gz.heads())
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.ent_type_ == "PERSON":
            return True
        follower = words[ent.end] if ent.end < len(doc) else None
        noun_follows = follower is not None and follower.islower() and follower.isalpha() \
            and self.lower[ent.end] not in _BE | {"and", "or", "from", "in", "who", "were", "to", "at", "on"} \
            and not follower.endswith("ed") and follower not in _PLAIN_VERBS \
            and self.lower[ent.end:ent.end + 2] not in _MAKING_UP \
            or follower in {"NGO", "NGOs"}  # ("a Thai NGO": a body's country, not people)
        counted_one = ent.start > 0 and self.lower[ent.start - 1] in _ONE_PERSON_LEADS \
            and (follower is None or follower in _AFTER_ONE_PERSON)  # "one Colombian and ...", not "a Thai Offshore hub"
        return ent.label_ == "NORP" and (self._text(ent).lower() in _PLURAL_DEMONYMS or counted_one) and not noun_follows

    @cached_property
    def _state_roles(self) -> set[int]:
        """Tokens of roles that hold a state office: a demonym before one names the state, not people."""
        return {i for e in self.ents if e.label_ == "ROLE" and e.ent_id_.rsplit("|", 1)[-1] in _STATE_ROLES
                for i in range(e.start, e.end)}

    def _homeland(self, ent: Span) -> bool:
        """"from the Chinese mainland": a demonym and a word for its land names where people are from."""
        return ent.end < len(self.lower) and self.lower[ent.end] == "mainland"

    def _listed_nationalities(self, sent: Span, lists: list[list[Span]], events: list[_Event], ev: Evidence,
                              whole: tuple[RelType | None, str, _Event] | None = None) -> None:
        """Each nationality of a list gets the edge of the verb the sentence tells, no count; the
        people of a group counted before (``whole``, the people counted last, in this sentence or
        the one before) get the edge of the group's act: the rest of a breakdown always, the
        group's origins where their sentence tells no act done to them."""
        for run in lists:
            if self._things_of(run[0].start, sent):
                continue  # "the data of 3,000 Vietnamese and Thai individuals were seized": their things
            if one_persons_citizenships(self.lower, self.like_num, run[0].start, run[-1].end):
                continue  # "arrested Wen Bao, a Fijian and Laotian national": one dual national, no group of each
            if self._scheme_people_after(run):
                continue
            verb = self._list_verb(sent, run)
            if verb is not None and verb[0] is RelType.RESCUED and self.freed_on_bail \
                    and {"rescued", "rescue", "saved"}.isdisjoint(self.lower[sent.start:sent.end]):
                verb = None  # "Those freed included ... others from China and Nepal": freed on bail, not rescued
            if verb is not None and verb[0] is RelType.RESCUED and any(
                    released_a_paper(self.lower, self.like_num, k, sent.end) for k in range(sent.start, run[0].start)):
                verb = None  # "released on Wednesday a study built on talks with survivors of Laos's compounds": a paper
            told = verb is not None and verb[0] is not None and (bool(verb[2]) or bool(events))
            each = self._each(run, sent)
            if (run[0].start in self.group_runs and (self.group_runs[run[0].start] or not told) or each and verb is None) \
                    and whole is not None and whole[0] is not None:  # ("Of them, 20 were from A, and one each from B and C")
                for ent in run:
                    if (nat := self._nationality(ent.id_)) is not None \
                            and not any(k[0] == whole[2].node.key and k[2] == nat.key for k in self.edges):
                        self._edge(whole[0], whole[2].node.key, nat.key, ev, **({"count": each} if each else {}))
                continue
            for ent in run:
                nat = self._nationality(ent.id_)
                if nat is None or verb is None or verb[0] is None or self.lower[ent.end:ent.end + 1] and self.lower[ent.end] in _BRANCHES:
                    continue  # ("bosses of the Australian branch of a scam were arrested": a branch's place, no people's)
                rel, _key, kind = verb
                if not kind and not events:
                    continue
                event = self._host(kind, events, None, at=ent.start)
                if each:
                    self._edge(rel, event.node.key, nat.key, ev, count=each)
                elif not any(k[0] == event.node.key and k[2] == nat.key for k in self.edges):
                    self._edge(rel, event.node.key, nat.key, ev)

    def _scheme_people_after(self, run: list[Span]) -> bool:
        """"handed over to Zorvanian and Ruritanian handlers": a list of the peoples of those who run
        or use a scam. Their nationalities are stated, so each gets its node; but the sentence's
        verb is seldom done to them (the recruits were handed over), so no edge."""
        end = run[-1].end
        if end >= len(self.lower) or self.lower[end] not in _SCHEME_PEOPLE:
            return False
        for ent in run:
            self._nationality(ent.id_)
        return True

    def _things_of(self, start: int, sent: Span) -> bool:
        """The people listed from ``start`` own what the sentence's verb acts on: "of" after one of
        their things stands before them, past their number ("the passports of 30 Chinese")."""
        k = start - 1
        while k > sent.start and (self.like_num[k] or self.lower[k] in {"and", ","}):
            k -= 1
        return k > sent.start and things_of(self.lower, k)

    def _each(self, run: list[Span], sent: Span) -> int:
        """"one each from Malaysia and Russia", "one individual from A and B respectively", "one
        person each from A and B": the number every item of the list carries."""
        start, at = run[0].start, each_from(self.lower, self.like_num, run, sent)
        if at < 0 and (start - 3 < sent.start or self.lower[start - 2:start] != ["each", "from"]):
            return 0
        if at < 0:
            at = start - 3
            if at - 1 >= sent.start and self.lower[at] in PERSON_NOUNS and not self.like_num[at]:
                at -= 1  # ("one individual each from ...": the number before the noun for one)
        return self._number_at(at, at + 1)[0] or 0  # type: ignore[attr-defined]

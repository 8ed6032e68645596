"""Nationalities: demonyms and countries that describe people ("Chinese nationals", "Koreans"),
and coordinated lists of them told without a count of their own ("Chinese, Thai and Lao
nationals", "57 people from China, Vietnam and Laos", "others from the Philippines and Laos").

A listed nationality gets the edge of the verb its sentence tells (``ARRESTED``, ``RESCUED``, ...)
but no count: the number in such a sentence is the total, not each nationality's share.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.agency_names import _STATE_OFFICES as _STATE_ROLES
from scamgraph.loaders.news.captor_agents import held_by_those_before
from scamgraph.loaders.news.each_counted import PERSON_NOUNS, each_from
from scamgraph.loaders.news.legal_instruments import writ_word
from scamgraph.loaders.news.majority_parts import majority_of_the_told
from scamgraph.loaders.news.origin_lists import (
    among_the_told,
    counted_came_from,
    hailed_from,
    origin_list,
    partitive_act,
    remainder_part,
    rest_from,
)
from scamgraph.loaders.news.places_left import left_from
from scamgraph.loaders.news.releases import released_a_paper
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.all_of_one import MOSTLY
from scamgraph.loaders.news.words import (
    SPEAKING,
    _BE,
    _COUNT_VERBS,
    _LIST_GLUE,
    _LIST_LEADS,
    _PEOPLE_WORDS,
    _PLURAL_DEMONYMS,
    _THING_HEADS,
    things_of,
)
from scamgraph.model import Evidence, Label, Node, RelType
from scamgraph.resolve import country_name

#: Words after a demonym that make it the state or a thing, not people of that nationality.
_NOT_PEOPLE = {"border", "government", "side", "language", "won", "yuan", "officials", "official", "officers",
               "counterparts", "counterpart", "authorities", "troops", "soldiers", "diplomats", "patrol", "patrols",
               "support", "forces", "envoy", "ambassador"}

#: Nouns of belonging to a state: "citizens of X" names their nationality even with no count.
_CITIZENS = {"citizens", "nationals", "subjects", "passport-holders"}
#: Conjunctions that open a clause of its own, whose verb is not the people's told before it.
_NEW_CLAUSE = frozenset({"but", ";", "while", "whereas", "although", "though"})
#: Words between "were from" and a list of countries: "from other Asian countries as well as | China".
#: "1,000 foreign nationals, mainly Chinese and Koreans": the nationalities of most, not of each.
_MAJORITY = frozenset({"mostly", "mainly", "largely"})
#: Words of an unstated number of people: "including many Chinese".
_VAGUE = frozenset({"many", "several", "some", "numerous", "dozens", "hundreds", "thousands", "scores", "of"})
#: Words of "most" before an aside's "from": "45 staff, predominantly from Bhutan and Sri Lanka,"
_ORIGIN_FILLERS = {"other", "neighbouring", "neighboring", "nearby", "countries", "mostly", "mainly", "largely"}


#: Verbs sending people on from where they were: "extradited ... from countries including ..."
_SENT_FROM = frozenset({"extradited", "deported", "repatriated", "expelled", "returned", "brought", "flown"})
#: Verbs that send people home with "back" or "home" after them, in every tense a headline or a
#: report writes them ("sends back", "brought home", "flies home")
_SENDING_HOME = frozenset({"bring", "brings", "bringing", "brought", "send", "sends", "sending", "sent",
                           "fly", "flies", "flying", "flew", "flown"})


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

#: Words after a demonym that make it a person's forebears': "of Nepali descent"
_ANCESTRY = frozenset({"descent", "origin", "origins", "heritage", "ancestry", "extraction", "parentage"})
#: Words that make a demonym next to them a language: "fluent in Chinese", "Chinese speakers"
_LANGUAGE_CUES = frozenset({"language", "languages", "speak", "speaks", "speaking", "spoke", "fluent", "translate",
                            "translated", "translator", "translators", "interpreter", "interpreters", "preferably",
                            "speakers", "speaker", "-speaking", "lessons", "classes", "typing", "typed", "subtitles"})


#: Words of a text written or told in a language: "notices in Thai and Chinese", "printed in Lao"
_WRITTEN = frozenset({"notice", "notices", "sign", "signs", "poster", "posters", "leaflet", "leaflets", "flyers",
                      "message", "messages", "banner", "banners", "written", "printed", "published", "broadcast",
                      "announcements", "warnings", "text", "texts", "versions", "scripts"})


#: Papers a person holds "from" states: the countries after them name no people
_DOCUMENTS = frozenset({"passport", "passports", "visa", "visas", "papers", "documents", "citizenships", "ids"})

#: Parts of an organisation a demonym places: "the Australian branch", "its Thai arm"
_BRANCHES = frozenset({"branch", "branches", "arm", "arms", "wing", "division", "subsidiary", "subsidiaries", "cell",
                       "cells", "chapter", "affiliate", "affiliates", "outpost", "operations", "office", "offices"})
#: Verbs of preying on people: a list of peoples after one (back to the act's verb) names the
#: victims of a crime, never the people the act was done to
_PREYING = frozenset({"targeted", "targeting", "targets", "defrauded", "defrauding", "scammed", "scamming", "cheated",
                      "cheating", "duped", "duping", "swindled", "swindling", "conned"})
#: Gerunds of a trafficking crime after "for" or "of": the people after them are its victims
_TRAFFICKING = frozenset({"sending", "trafficking", "smuggling", "luring", "recruiting", "supplying", "selling"})


#: Participles of people taken out of a place, before their noun: "rescued victims from Myanmar"
_TAKEN_OUT = frozenset({"rescued", "freed", "evacuated", "repatriated", "returned", "released", "deported"})


class NationalityRules(_State):
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
                and self.lower[k] not in _PREPOSITIONS:  # ("20 Chinese across the border": the noun is the border's)
            if self.lower[k] in gz.heads() or self.lower[k] in _NOT_PEOPLE:
                return False
            k += 1
        if k < len(doc) and self.lower[k] in _NOT_PEOPLE:
            return False  # "Thai officials", "Cambodian counterparts": the state, not people of a nationality
        if k < len(doc) and (self.lower[k] in _PEOPLE_WORDS or k in self.role_tokens):
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

    def _hyphen_after(self, ent: Span) -> bool:
        """"Thai-Myanmar", "Chinese-run": a demonym joined by a hyphen to the word after it."""
        end = ent.end
        return end + 1 < len(self.words) and self.words[end] in {"-", "–"} \
            and self.idx[end] == self.idx[end - 1] + len(self.words[end - 1])

    def _citizens_owned(self, sent: Span, country: Span) -> bool:
        """"Kenya has rescued 46 citizens from Myanmar", "the embassy rescued 14 nationals from
        Cambodia": the citizens are a state's own (another country, or a state's body, opens the
        sentence), so the country after "from" is where they were."""
        subject = next((e for e in self.ents if sent.start <= e.start < country.start), None)
        if subject is not None and subject.label_ == "COUNTRY" and subject.id_ != country.id_:
            return True
        return not {"government", "embassy", "ministry", "consulate", "mission"}.isdisjoint(self.lower[sent.start:country.start])

    def _people_lists(self, sent: Span, ents: list[Span]) -> list[list[Span]]:
        """Runs of demonyms or countries joined by commas and "and" that name people: followed
        by a people noun, after "people from", or plural demonyms after "including"."""
        found = []
        runs = self._coordinated(ents)
        shares = sum(1 for run in runs if self._number_before_from(run[0].start))  # "31 from A and nine from B"
        for run in runs:
            if self._hyphen_after(run[-1]):
                continue  # "members of a Cambodia-based ring": where the ring is, not whose people
            if self._opens_a_name(run[-1], sent):
                continue  # "former employees of Philippine Offshore Gaming Operators": an industry's name
            before = self.lower[max(sent.start, run[0].start - 3):run[0].start]
            before = [w for w in before if w != "the"]
            if before[-1:] == ["from"] and len(before) >= 2 and before[-2] in _DOCUMENTS:
                continue  # "who held passports from Laos, Dominica and China": one man's papers, no people
            after = self.lower[run[-1].end] if run[-1].end < sent.end else ""
            followed = after in _PEOPLE_WORDS or after in gz.people_nouns()
            sourced = len(before) >= 2 and before[-1] in {"from", "of"} and (
                before[-2] in _PEOPLE_WORDS or before[-2] in gz.people_nouns() or before[-2] == "each"
                or self._number_before_from(run[0].start))  # "five from Nepal", "50 from the Chinese mainland"
            if sourced and run[0].start - 3 >= sent.start and self.doc[run[0].start - 3].ent_type_ == "NORP":
                sourced = False  # "300 Chinese suspects from Myanmar": their nationality is told; Myanmar is a place
            if sourced and before[-1] == "from" and self.lower[run[0].start - 3] in _TAKEN_OUT:
                sourced = False  # "rescued victims from Myanmar arrive each week": where they were freed from
            if sourced and self._place_of_part(run[0], sent):
                sourced = False  # "6,700 Indians were rescued: 2,265 from Cambodia, ...": where they were
            opening = run[0].start - 1 - (self.lower[run[0].start - 1] == "the")  # (its "from")
            if sourced and before[-1] == "from" and left_from(self.lower, self.like_num, opening, sent.start):
                sourced = False  # "brought back from Cambodia, 770 from Laos": places left, not nationalities
            if sourced and len(run) == 1 and shares < 2 and (self._moves_people(sent, run) or before[-2] in {"citizens", "nationals"}
                                                              and self._citizens_owned(sent, run[0])):
                # "returned 45 citizens from Cambodia", "Kenya has rescued 46 citizens from Myanmar": the
                # country they left (not a breakdown by origin)
                sourced = False
            if sourced and len(run) >= 2 and shares < 2 and self._brings_home(sent, run):
                sourced = False  # "repatriated 90 suspects from A and B": the countries a homeland took them back from
            if sourced and not any(self.like_num[max(sent.start, run[0].start - 5):run[0].start]) and self._list_verb(sent, run) is None \
                    and not (len(run) >= 2 and gz.people_nouns().get(before[-2]) == "victim"):
                sourced = False  # "individuals from Myanmar, Malaysia ...", "the people of Myanmar": no one counted or acted on
                # (but "victims from A, B and C": the homelands of those harmed, counted or not)
            if not sourced and len(before) >= 3 and before[-1] == "from" and before[-2] in MOSTLY and before[-3] == "," \
                    and self._names_people(self.lower[run[0].start - 4]):
                sourced = True  # "45 foreign staff, predominantly from Bhutan and Sri Lanka,": the group's origins
            if not sourced and len(before) >= 2 and before[-1] == "of" and before[-2] in _CITIZENS:
                sourced = True  # "citizens of Laos, Vietnam and Malaysia": whose citizens, counted or not
            if not sourced and len(run) >= 2 and self._nationals_included(run[0].start, sent.start):
                sourced = True  # "500 people, including nationals from A, B and C, ...": a group's origins
            if sourced is False and len(run) >= 2 and before[-1:] == ["from"] and self._names_people(before[-2]) \
                    and among_the_told(self.lower, run[-1].end, sent.end):
                sourced = True  # "Nationals from A, B and C were among them": origins of people told before
                self.group_runs[run[0].start] = False
            if (len(run) >= 2 or hailed_from(self.lower, run[0].start, sent.start)) and self._origins_told(sent, run[0].start):
                sourced = True  # "the workers, who came from A and B": the origins of people told before
                self.group_runs[run[0].start] = False
            if len(run) == 1 and counted_came_from(self.lower, self.like_num, run[0].start, sent.start):
                sourced = True  # "Of them, 30 were from A, five came from B": the part's nationality
            if each_from(self.lower, self.like_num, run, sent) >= 0:
                sourced = True  # "one individual from A, B and C respectively": every country's people, one each
                self.group_runs[run[0].start] = False
            if not sourced and majority_of_the_told(self.lower, run[0].start, self._clause_start(sent, run[0].start),
                                                    self._names_people, self._named_at):
                sourced = True  # "The scammers were mostly Chinese nationals, with some Malaysians"
                self.group_runs[run[0].start] = True
            if self._remainder(run, sent):
                sourced = True  # "..., while the rest were Ruritanians": the part of a group left after a breakdown
                self.group_runs[run[0].start] = True
            sourced = sourced or self._said_to_be_from(sent, run[0].start) \
                or rest_from(self.lower, run[0].start, sent.start)  # "..., with the rest from Ruritania"
            listed = before[-1:] == ["including"] and self._counted_countries(run[0].start)  # "from 12 countries, including"
            lead = [w for w in before if w not in _VAGUE]  # ("including many Chinese": a part of the people told)
            plural = (len(run) >= 2 or lead[-1:] == ["including"] and len(lead) < len(before)) \
                and lead[-1:] and lead[-1] in _LIST_LEADS and lead[-1] not in _MAJORITY \
                and all(e.label_ == "NORP" or self._country_as_people(e) for e in run) \
                and run[-1].text.lower() in _PLURAL_DEMONYMS and not self._bodies_after(after)
            # "41 Chinese and Taiwanese (and three Vietnamese)": a pair sharing one number, no one's count
            shared = len(run) >= 2 and run[0].start > sent.start and self.like_num[run[0].start - 1] \
                and all(e.label_ == "NORP" for e in run) and run[-1].text.lower() in _PLURAL_DEMONYMS
            # ("1,000 people, including Vietnamese nationals,": one people named as a part of a group)
            included_one = followed and before[-1:] == ["including"] \
                and any(self.like_num[max(sent.start, run[0].start - 6):run[0].start])  # (a counted group)
            # "60 foreigners are Thai, Laotian, Myanmar and Korean": the peoples of a counted group, after its copula
            mixed = len(run) >= 2 and len(before) >= 2 and before[-1] in {"are", "were"} \
                and (before[-2] in _PEOPLE_WORDS or before[-2] in gz.people_nouns()) \
                and any(self.like_num[max(sent.start, run[0].start - 4):run[0].start])
            if (followed and len(run) >= 2) or sourced or plural or listed or shared or included_one or mixed:
                found.append(run)
        return found

    @staticmethod
    def _bodies_after(word: str) -> bool:
        """A body's noun after a pair of demonyms: "both Zorvanian and Thai agencies" tells whose
        state the bodies are, not people of two nationalities (as "Thai officials")."""
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
        return word in _NOT_PEOPLE or word in gz.heads() or singular in gz.heads()

    def _nationals_included(self, start: int, floor: int) -> bool:
        """"including nationals from | A, B and C": the countries a group's people are from, listed
        as a part of it, whatever the sentence's verb (not "repatriated 40 nationals from A and B",
        where they may be the places left)."""
        k = start - 1 - (start - 1 > floor and self.lower[start - 1] == "the")
        return k - 2 >= floor and self.lower[k] == "from" and self.lower[k - 1] in _CITIZENS \
            and self.lower[k - 2] in {"including", "includes", "included", "among", "mostly", "mainly"}

    def _remainder(self, run: list[Span], sent: Span) -> bool:
        """A list naming the rest of a group broken down by nationality: countries after "from"
        ("the others are from A and B"), or plural demonyms ("the rest were Ruritanians")."""
        if not remainder_part(self.lower, run[0].start, sent.start):
            return False
        opening = self.lower[run[0].start - 1] if self.lower[run[0].start - 1] != "the" else self.lower[run[0].start - 2]
        if opening in {"from", "included", "include", "includes"}:
            return True
        after = self.lower[run[-1].end] if run[-1].end < sent.end else ""
        if after in _PEOPLE_WORDS or after in gz.people_nouns():
            return all(e.label_ == "NORP" for e in run)  # "the rest were Ruritanian nationals"
        # ("the others were Ruritanian officials": a noun of its own, not people by nationality)
        return all(e.label_ == "NORP" for e in run) and self._text(run[-1]).lower() in _PLURAL_DEMONYMS \
            and not (after.isalpha() and after.islower() and after not in {"and", "or", "while", "but", "who"})

    def _clause_start(self, sent: Span, k: int) -> int:
        """Where the clause holding token ``k`` opens: after the last ";" before it, else the sentence."""
        return next((j + 1 for j in range(k - 1, sent.start - 1, -1) if self.lower[j] == ";"), sent.start)

    def _named_at(self, k: int) -> bool:
        """A demonym or a country owns the word at ``k``."""
        return self.doc[k].ent_type_ in {"NORP", "COUNTRY"}

    def _homeland(self, ent: Span) -> bool:
        """"from the Chinese mainland": a demonym and a word for its land names where people are from."""
        return ent.end < len(self.lower) and self.lower[ent.end] == "mainland"

    def _number_before_from(self, start: int) -> bool:
        """"13 from | Taiwan", "50 from the | Chinese mainland": a number right before "from"."""
        k = start - 1
        if k >= 0 and self.lower[k] == "the":
            k -= 1
        return k >= 1 and self.lower[k] == "from" and self.like_num[k - 1]

    def _place_of_part(self, ent: Span, sent: Span) -> bool:
        """"2,265 from | Cambodia", "64 people from | Laos" parting people whose nationality is told:
        a place, no nationality."""
        k = ent.start - 1 - (self.lower[ent.start - 1] == "the")  # (the "from")
        end = k - (self.lower[k - 1] in _PEOPLE_WORDS)  # (past "people": where the number ends)
        first = end - 1
        if first < 0 or not self.like_num[first]:
            return False
        while first > 0 and self.like_num[first - 1]:
            first -= 1
        value = self._number_at(first, end)[0]  # type: ignore[attr-defined]
        return value is not None and self._parted_by_place(first, value, ent.id_, sent)  # type: ignore[attr-defined]

    def _said_to_be_from(self, sent: Span, start: int) -> bool:
        """"most of the victims were from China, Taiwan and Hong Kong", "the workers are from other
        Asian countries as well as Nepal", "six were from Myanmar": where people come from, told
        with "be"."""
        k = start - 1
        while k > sent.start and (self.lower[k] in _LIST_GLUE or self.lower[k] in _ORIGIN_FILLERS or self.words[k].istitle()) \
                and self.lower[k] != "from" and start - k < 8:
            k -= 1
        return k - 2 >= sent.start and self.lower[k] == "from" and self.lower[k - 1] in {"were", "are", "was", "is"} \
            and (self.lower[k - 2] in _PEOPLE_WORDS or self.lower[k - 2] in gz.people_nouns() or self.like_num[k - 2])

    def _origins_told(self, sent: Span, start: int) -> bool:
        """"the others come from A and B", "the workers, who came from A and B": see origin_lists."""
        return origin_list(self.lower, start, sent.start, self._origin_filler, self._names_people)

    def _origin_filler(self, k: int) -> bool:
        return self.lower[k] in _LIST_GLUE or self.lower[k] in _ORIGIN_FILLERS or self.words[k].istitle()

    @staticmethod
    def _names_people(word: str) -> bool:
        return word in _PEOPLE_WORDS or word in gz.people_nouns()

    def _moves_people(self, sent: Span, run: list[Span]) -> bool:
        """The sentence's verb sends people across a border (deported, repatriated, returned)."""
        verb = self._list_verb(sent, run)
        return verb is not None and verb[0] in {RelType.DEPORTED, RelType.REPATRIATED, RelType.EXTRADITED} \
            or self._sent_back_before(sent, run[0].start)

    def _sent_back_before(self, sent: Span, start: int) -> bool:
        """"<country> flies home 90 workers from | Ruritania", "police sent home 40 workers from |
        Ruritania": a verb of sending with "back" or "home" before the counted people, so the country
        after "from" is the one they were taken back from, not theirs (whether or not the sending is
        done yet: a plan to bring people back from a country names the same country)."""
        counted = False
        for j in range(start - 1, max(sent.start, start - 14), -1):
            if self.lower[j] in _NEW_CLAUSE:
                return False
            counted = counted or self.like_num[j]
            if counted and self.lower[j] in {"back", "home"} and self.lower[j - 1] in _SENDING_HOME:
                return True
        return False

    def _brings_home(self, sent: Span, run: list[Span]) -> bool:
        """The sentence's verb is a repatriation: their own country takes people back, so the
        countries after "from" are those they were taken back from, however many (a deportation's
        list may be the deportees' homelands: "deported 57 people from A, B and C")."""
        verb = self._list_verb(sent, run)
        if self._sent_back_before(sent, run[0].start):
            return True  # "brought back 90 suspects from A and B": the countries they were taken back from
        if verb is None or verb[0] is not RelType.REPATRIATED:
            return False
        told = next((self.lower[j] for j in range(run[0].start - 1, sent.start - 1, -1) if self.lower[j] in _COUNT_VERBS), "")
        return told.startswith("repatriat")  # (not "handed over 50 people from A and B": a third party's handover)

    def _counted_countries(self, start: int) -> bool:
        """"140 staff from ten countries, including | the Philippines": people by country (not
        "extradited suspects from countries including | Laos": uncounted, after a verb sending people
        on, the countries are where the sending came from)."""
        words = [w for w in self.lower[max(0, start - 6):start] if w not in {",", "the"}]
        if len(words) < 3 or words[-1] != "including" or words[-2] not in {"countries", "nationalities"} \
                or "from" not in words[:-2]:
            return False
        return words[-3] != "from" or _SENT_FROM.isdisjoint(self.lower[max(0, start - 20):start])

    def _country_as_people(self, ent: Span) -> bool:
        """A country's name standing for its people in a list of peoples: "Myanmar nationals",
        "Chinese (mainland and Taiwan)"."""
        return ent.label_ == "COUNTRY" and ent.end < len(self.lower) and (self.lower[ent.end] in _ITEM_NOUNS
                                                                        or self.lower[ent.end] == ")")

    def _coordinated(self, ents: list[Span]) -> list[list[Span]]:
        """Demonym/country entities with only commas, "and", "or" and "the" between them (and an
        item's people noun or bracketed part: "Chinese (mainland and Taiwan), Myanmar nationals,
        Filipinos")."""
        runs: list[list[Span]] = []
        for ent in ents:
            if ent.label_ not in {"NORP", "COUNTRY"}:
                continue
            last = runs[-1][-1] if runs else None
            if last is not None and _list_gap(self.lower[last.end:ent.start]):
                runs[-1].append(ent)
            else:
                runs.append([ent])
        return runs

    def _opens_a_name(self, ent: Span, sent: Span) -> bool:
        """A demonym right before capitalized words that are no people's noun opens a name
        ("Philippine Offshore Gaming Operators", "Thai Airways"), not people of that country."""
        k = ent.end
        return ent.label_ == "NORP" and k + 1 < sent.end and self.words[k][:1].isupper() and self.words[k + 1][:1].isupper() \
            and self.lower[k] not in _PEOPLE_WORDS and self.lower[k] not in gz.people_nouns() and not self.doc[k].ent_type_

    def _listed_nationalities(self, sent: Span, lists: list[list[Span]], events: list[_Event], ev: Evidence,
                              whole: tuple[RelType | None, str, _Event] | None = None) -> None:
        """Each nationality of a list gets the edge of the verb the sentence tells, no count; the
        people of a group counted before (``whole``, the people counted last, in this sentence or
        the one before) get the edge of the group's act: the rest of a breakdown always, the
        group's origins where their sentence tells no act done to them."""
        for run in lists:
            if self._things_of(run[0].start, sent):
                continue  # "the data of 3,000 Vietnamese and Thai individuals were seized": their things
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

    def _list_verb(self, sent: Span, run: list[Span]) -> tuple[RelType | None, str, str] | None:
        """The count verb nearest the list in its sentence, before it first."""
        for j in [*range(run[0].start - 1, sent.start - 1, -1), *range(run[-1].end, sent.end)]:
            if j >= run[-1].end and self.lower[j] in SPEAKING:
                break  # "One woman from Kenya said 600 were held": the people of the list speak; the act is others'
            if j > run[-1].end and self.lower[j] in _NEW_CLAUSE:
                break  # "gangs target foreigners, including Australians, but police arrested several": not theirs
            if j > run[-1].end and held_by_those_before(self.lower, j, sent.start):
                continue  # "Thai and Lao nationals who held the workers were arrested": their own act; the main verb is theirs
            if j < run[0].start and self.lower[j] in _PREYING:
                return None  # "sentenced 14 Vietnamese for fraud that targeted victims from Kenya, Oman and Brazil": the preyed on
            if j < run[0].start and self.lower[j] in _TRAFFICKING and self.lower[j - 1] in {"for", "of"}:
                return None  # "arrested for sending 40 youths from India, Nepal and Kenya": the crime's victims
            if j < run[0].start and self.lower[j] in _RECEIVING and not _RECEIVED_THINGS.isdisjoint(self.lower[j + 1:run[0].start]):
                return None  # "received warm responses from states such as A and B": things, no people
            if self.lower[j] in _COUNT_VERBS and _COUNT_VERBS[self.lower[j]][0] is not None:
                # "failed to arrest 45 suspects from China": no act, so no people of it; nor "arrest warrants for Thais"
                done = self._told_as_done(j, sent) and not writ_word(self.lower, j)  # type: ignore[attr-defined]
                if done and _COUNT_VERBS[self.lower[j]][0] is RelType.FOUND \
                        and "bodies" in self.lower[max(sent.start, run[0].start - 3):run[0].start]:
                    return _COUNT_VERBS["dead"]  # "the bodies of Chinese nationals were found": the dead
                return _COUNT_VERBS[self.lower[j]] if done else None
        act = partitive_act(self.lower, sent.start, sent.end)  # "40 of the deportees were ..."
        return _COUNT_VERBS[act] if act else None


#: Verbs of receiving, and the things (no people) received from the states a list names
_RECEIVING = frozenset({"received", "receives", "receive", "receiving"})
_RECEIVED_THINGS = frozenset({"response", "responses", "support", "backing", "assurance", "assurances", "pledge", "pledges",
                              "aid", "praise", "interest", "feedback", "request", "requests", "letter", "letters",
                              "complaint", "complaints", "report", "reports", "information", "calls", "offers"})
#: Words of an item's bracketed part in a list of peoples: "Chinese (mainland and Taiwan)"
_ITEM_PARTS = frozenset({"(", ")", "mainland", "including", "incl."})
#: People nouns an item of a list of peoples may carry: "Myanmar nationals, Filipinos"
_ITEM_NOUNS = frozenset({"nationals", "citizens"})


def _list_gap(between: list[str]) -> bool:
    """The words between two listed peoples join them: list glue, past the first item's people noun
    ("Myanmar nationals, Filipinos") and the brackets of a part ("Chinese (mainland and Taiwan)")."""
    if between[:1] and between[0] in _ITEM_NOUNS and between[1:2] in ([","], ["and"]):
        between = between[1:]
    return all(w in _LIST_GLUE or w in _ITEM_PARTS for w in between) and between.count("(") <= 1

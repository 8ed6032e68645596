"""Lists of peoples: runs of demonyms or countries joined by commas and "and" that name people
("Chinese, Thai and Lao nationals", "57 people from China, Vietnam and Laos", "others from the
Philippines and Laos"), told apart from the runs that name places, languages, papers or a body's
country ("passports from Laos and China", "a Cambodia-based ring"). Apart from ``nationalities``,
which gives each listed nationality its edge."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.all_of_one import MOSTLY
from scamgraph.loaders.news.each_counted import each_from
from scamgraph.loaders.news.list_verbs import ListVerbs
from scamgraph.loaders.news.majority_parts import majority_of_the_told
from scamgraph.loaders.news.origin_lists import (
    among_the_told,
    counted_came_from,
    hailed_from,
    origin_list,
    remainder_part,
    rest_from,
)
from scamgraph.loaders.news.places_left import left_from
from scamgraph.loaders.news.words import (
    _LIST_GLUE,
    _LIST_LEADS,
    _PEOPLE_WORDS,
    _PLURAL_DEMONYMS,
)

#: Words after a demonym that make it the state or a thing, not people of that nationality.
_NOT_PEOPLE = {"border", "government", "side", "language", "won", "yuan", "officials", "official", "officers",
               "counterparts", "counterpart", "authorities", "troops", "soldiers", "diplomats", "patrol", "patrols",
               "support", "forces", "envoy", "ambassador"}

#: Nouns of the people who run or use a scam, which a demonym before describes as people ("a
#: Zorvanian ringleader", "Zorvanian handlers", "run by Zorvanian investors"): words not in the
#: counted people nouns, as no count of them is told, but the nationality is stated all the same
_SCHEME_PEOPLE = frozenset({"ringleader", "boss", "mastermind", "masterminds", "kingpin", "kingpins", "handler",
                            "handlers", "investor", "investors", "employer", "employers", "gambler", "gamblers",
                            "financier", "financiers"})

#: Nouns of belonging to a state: "citizens of X" names their nationality even with no count.
_CITIZENS = {"citizens", "nationals", "subjects", "passport-holders"}
#: Words between "were from" and a list of countries: "from other Asian countries as well as | China".
#: "1,000 foreign nationals, mainly Chinese and Koreans": the nationalities of most, not of each.
_MAJORITY = frozenset({"mostly", "mainly", "largely"})
#: Words of an unstated number of people: "including many Chinese".
_VAGUE = frozenset({"many", "several", "some", "numerous", "dozens", "hundreds", "thousands", "scores", "of"})
#: Words of "most" before an aside's "from": "45 staff, predominantly from Bhutan and Sri Lanka,"
_ORIGIN_FILLERS = {"other", "neighbouring", "neighboring", "nearby", "countries", "mostly", "mainly", "largely"}

#: Words of "most" that open an aside of a group's origins: "70 workers, most from A and B,"
_MOST_OF_A_GROUP = MOSTLY | {"most", "overwhelmingly"}
#: Marks that open such an aside after the group
_ASIDE_OPENERS = frozenset({",", "—", "–", "("})

#: Papers a person holds "from" states: the countries after them name no people
_DOCUMENTS = frozenset({"passport", "passports", "visa", "visas", "papers", "documents", "citizenships", "ids"})

#: Participles of people taken out of a place, before their noun: "rescued victims from Myanmar"
_TAKEN_OUT = frozenset({"rescued", "freed", "evacuated", "repatriated", "returned", "released", "deported"})


class NationalityLists(ListVerbs):
    """Runs of demonyms and countries that name the people of a sentence by nationality."""

    def _hyphen_after(self, ent: Span) -> bool:
        """"Thai-Myanmar", "Chinese-run": a demonym joined by a hyphen to the word after it."""
        end = ent.end
        return end + 1 < len(self.words) and self.words[end] in {"-", "–"} \
            and self.idx[end] == self.idx[end - 1] + len(self.words[end - 1])

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
            followed = after in _PEOPLE_WORDS or after in gz.people_nouns() or after in _SCHEME_PEOPLE
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
            if not sourced and len(before) >= 3 and before[-1] == "from" and before[-2] in _MOST_OF_A_GROUP \
                    and before[-3] in _ASIDE_OPENERS and self._origins_group_at(run[0].start - 4):
                sourced = True  # "45 foreign staff, predominantly from Bhutan and Sri Lanka,": the group's origins
                # ("some 900 — overwhelmingly from Lotland —", "a group of 70, most from Lotland")
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
            # "33 Japanese and Vietnamese (and two Burmese)": a pair sharing one number, no one's count
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

    def _origins_group_at(self, k: int) -> bool:
        """The word before an aside of origins names a group of people: a people noun ("45 staff,
        mostly from A") or a count of them ("a group of 70, most from A"), not a day or a place."""
        return self._names_people(self.lower[k]) or self.like_num[k] and self.words[k][:1].isdigit()

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
